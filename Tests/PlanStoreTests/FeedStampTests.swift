import Foundation
import StoreTestSupport
import Testing

@testable import PlanStore

@Suite("Feed stamps")
struct FeedStampStoreTests {
    private static let first = Date(timeIntervalSince1970: 1_788_000_000)

    @Test(
        "stamps are stored per feed; a newer stored stamp stays when an older one is recorded",
        arguments: TestBackend.available)
    func newerStays(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        #expect(try await store.feedStamps().isEmpty)
        let later = Self.first.addingTimeInterval(60)
        try await store.recordFeedStamps([
            "all": FeedStamp(digest: "a1", changedAt: later),
            "municipality-aarhus": FeedStamp(digest: "m1", changedAt: later),
        ])
        try await store.recordFeedStamps(["all": FeedStamp(digest: "a0", changedAt: Self.first)])
        #expect(try await store.feedStamps()["all"] == FeedStamp(digest: "a1", changedAt: later))

        let latest = later.addingTimeInterval(60)
        try await store.recordFeedStamps(["all": FeedStamp(digest: "a2", changedAt: latest)])
        #expect(
            try await store.feedStamps() == [
                "all": FeedStamp(digest: "a2", changedAt: latest),
                "municipality-aarhus": FeedStamp(digest: "m1", changedAt: later),
            ])
        try await store.close()
    }
}
