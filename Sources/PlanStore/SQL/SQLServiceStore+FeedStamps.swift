import Foundation
import SQLKit

extension SQLServiceStore: FeedStampStore {
    public func feedStamps() async throws -> [String: FeedStamp] {
        try await connector.withConnection { database in
            var stamps: [String: FeedStamp] = [:]
            for row in try await database.select().columns("file", "digest", "changed_at").from("feed_stamps").all() {
                stamps[try row.decode(column: "file", as: String.self)] = FeedStamp(
                    digest: try row.decode(column: "digest", as: String.self), changedAt: try row.date("changed_at"))
            }
            return stamps
        }
    }

    public func recordFeedStamps(_ stamps: [String: FeedStamp]) async throws {
        guard !stamps.isEmpty else { return }
        try await connector.transaction { database in
            for (file, stamp) in stamps.sorted(by: { $0.key < $1.key }) {
                // One upsert: a stored stamp is replaced only by one at least as new, also when
                // another process inserts the same file meanwhile.
                try await database.insert(into: "feed_stamps").columns("file", "digest", "changed_at")
                    .values(SQLBind(file), SQLBind(stamp.digest), SQLBind(stamp.changedAt.milliseconds))
                    .onConflict(with: ["file"]) { update in
                        update.set(excludedValueOf: "digest").set(excludedValueOf: "changed_at")
                            .where(
                                SQLColumn("changed_at", table: "feed_stamps"), .lessThanOrEqual,
                                SQLExcludedColumn("changed_at"))
                    }
                    .run()
            }
        }
    }
}
