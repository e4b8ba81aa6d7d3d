import SQLKit

extension Migration {
    /// Version 1: plan versions, access tokens, feed tokens and the audit table.
    ///
    /// Times are milliseconds since 1970 (`BIGINT`), documents are JSON text.
    static let initial = Migration(version: 1, name: "plan versions, tokens, feed tokens, audit") { database in
        try await database.create(table: "plan_versions")
            .column("number", type: .bigint, .primaryKey(autoIncrement: true))
            .column("status", type: .text, .notNull)
            .column("scenario", type: .text, .notNull)
            .column("plan", type: .text, .notNull)
            .column("revision", type: .bigint, .notNull)
            .column("created_by_role", type: .text, .notNull)
            .column("created_by_subject", type: .text)
            .column("created_by_token", type: .bigint)
            .column("created_at", type: .bigint, .notNull)
            .column("published_at", type: .bigint)
            .column("changed_at", type: .bigint, .notNull)
            .check(SQLRaw("status IN ('draft', 'published', 'superseded')"), named: "plan_versions_status")
            .run()
        // At most one published version, whatever races: the database refuses a second one.
        try await database.raw(
            "CREATE UNIQUE INDEX plan_versions_one_published ON plan_versions (status) WHERE status = 'published'"
        ).run()

        try await database.create(table: "access_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("hash", type: .text, .notNull, .unique)
            .column("role", type: .text, .notNull)
            .column("subject", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .check(SQLRaw("role IN ('lead', 'secretariat', 'tovholder', 'psychologist')"), named: "access_tokens_role")
            .run()

        try await database.create(table: "feed_tokens")
            .column("token", type: .text, .primaryKey(autoIncrement: false))
            .column("file", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .run()
        // One live token per file, whatever races.
        try await database.raw(
            "CREATE UNIQUE INDEX feed_tokens_one_live ON feed_tokens (file) WHERE revoked_at IS NULL"
        ).run()

        try await database.create(table: "audit")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("at", type: .bigint, .notNull)
            .column("role", type: .text, .notNull)
            .column("subject", type: .text)
            .column("token", type: .bigint)
            .column("action", type: .text, .notNull)
            .column("target", type: .text, .notNull)
            .column("before", type: .text)
            .column("after", type: .text)
            .run()
    }
}
