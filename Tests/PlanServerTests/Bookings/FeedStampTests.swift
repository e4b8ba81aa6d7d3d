import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// SERVICE.md, "Calendar feeds": a feed's bytes change only when its own content changes.
@Suite("Feeds keep their bytes when their content stays")
struct FeedStampTests {
    @Test(
        "a move changes the feeds of those it touches (DTSTAMP and Last-Modified its time); another therapist's feed keeps its bytes, also after a restart",
        arguments: TestBackend.available)
    func moveTouchesOnlyItsFeeds(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 2, groups: [2, 2, 2], groupMax: 3)
        let fixture = try await BookingFixture.make(backend, world: world)
        let mover = try #require(world.members["c1-g1"]?.first)
        let bystander = try #require(world.members["c1-g3"]?.first)
        let movedAt = BookingFixture.today.addingTimeInterval(3600)
        let later = BookingService(store: fixture.store, now: { movedAt })
        let lead = Booker(role: .lead, municipality: nil, principal: Principal(role: "lead"))

        let router: @Sendable () -> Router<AppRequestContext> = { buildRouter(store: fixture.store, bookings: later) }
        try await Application(router: router()).test(.router) { client in
            let links = try await client.feedLinks(token: fixture.lead)
            let url = Dictionary(uniqueKeysWithValues: links.map { ($0.file, $0.url) })
            let moverFeed = try #require(url["therapist-\(mover)"])
            let bystanderFeed = try #require(url["therapist-\(bystander)"])
            let before = try await client.request(bystanderFeed, token: nil)
            let moverBefore = try await client.request(moverFeed, token: nil)
            let etag = try #require(before.headers[.eTag])

            _ = try await later.move(therapist: mover, to: "c1-g2", by: lead)

            let unchanged = try await client.request(bystanderFeed, token: nil, headers: [.ifNoneMatch: etag])
            #expect(unchanged.status == .notModified)
            let bystanderAfter = try await client.request(bystanderFeed, token: nil)
            #expect(bystanderAfter.text == before.text)
            #expect(bystanderAfter.headers[.lastModified] == before.headers[.lastModified])

            let moved = try await client.request(moverFeed, token: nil)
            #expect(moved.headers[.eTag] != moverBefore.headers[.eTag])
            #expect(moved.text.contains("DTSTAMP:20261201T130000Z"))
            #expect(!moved.text.contains("DTSTAMP:20261201T120000Z"))
            #expect(moved.headers[.lastModified] == "Tue, 01 Dec 2026 13:00:00 GMT")
            let all = try await client.request(try #require(url["all"]), token: nil)
            #expect(all.text.contains("DTSTAMP:20261201T130000Z"))

            // Another server on the same database (or this one after a restart) serves the same bytes.
            try await Application(router: router()).test(.router) { restarted in
                let again = try await restarted.request(bystanderFeed, token: nil)
                #expect(again.headers[.eTag] == etag)
                let movedAgain = try await restarted.request(moverFeed, token: nil)
                #expect(movedAgain.headers[.eTag] == moved.headers[.eTag])
            }
        }
        try await fixture.store.close()
    }
}
