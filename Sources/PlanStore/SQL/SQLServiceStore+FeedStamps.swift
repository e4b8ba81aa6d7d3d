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
                let stored = try await database.select().column("changed_at").from("feed_stamps")
                    .where("file", .equal, file).for(.update).first()
                if let stored {
                    guard try stored.date("changed_at") <= stamp.changedAt else { continue }
                    try await database.update("feed_stamps")
                        .set("digest", to: stamp.digest).set("changed_at", to: stamp.changedAt.milliseconds)
                        .where("file", .equal, file).run()
                } else {
                    try await database.insert(into: "feed_stamps").columns("file", "digest", "changed_at")
                        .values(SQLBind(file), SQLBind(stamp.digest), SQLBind(stamp.changedAt.milliseconds))
                        .ignoringConflicts().run()
                }
            }
        }
    }
}
