import SQLKit

extension Migration {
    /// Version 6: when each calendar feed's content last changed, so that a feed whose events
    /// stay the same keeps its `DTSTAMP`, bytes and ETag while others change.
    static let feedStamps = Migration(version: 6, name: "feed stamps") { database in
        try await database.create(table: "feed_stamps")
            .column("file", type: .text, .primaryKey(autoIncrement: false))
            .column("digest", type: .text, .notNull)
            .column("changed_at", type: .bigint, .notNull)
            .run()
    }
}
