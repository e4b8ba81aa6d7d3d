import SQLKit

extension Migration {
    /// Version 2: browser sessions (pages). A session is kept as the SHA-256 of its secret
    /// (the cookie), with the access token it was signed in with, when it began and when it
    /// ends; sign-out sets `ended_at`. Times are milliseconds since 1970.
    static let sessions = Migration(version: 2, name: "browser sessions") { database in
        try await database.create(table: "sessions")
            .column("hash", type: .text, .primaryKey(autoIncrement: false))
            .column("token_id", type: .bigint, .notNull, .references("access_tokens", "id"))
            .column("created_at", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .column("ended_at", type: .bigint)
            .run()
        try await database.create(index: "sessions_token").on("sessions").column("token_id").run()
    }
}
