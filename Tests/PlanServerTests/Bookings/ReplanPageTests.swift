import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// Issue 12, "Waitlist and re-plan": the lead's page shows the waitlist, and the lead's
/// re-plan places it, keeps the booked memberships and shows the changes before publishing.
@Suite("Re-plan and waitlist on the lead's page")
struct ReplanPageTests {
    @Test(
        "the versions page lists the waitlist; its re-plan button makes a draft that places it and shows the changes; a tovholder 404, no CSRF 403",
        arguments: TestBackend.available)
    func replanFromThePage(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 2, groups: [3, 4], groupMax: 4)
        let fixture = try await BookingFixture.make(backend, world: world)
        let tovholder = try #require(fixture.tovholders["kommune-0"])
        try await fixture.test { client in
            let early = try await client.request(
                "/api/v1/enrolments", .post, token: tovholder,
                body: #"{"therapist": {"id": "early-1", "manuals": ["m"]}, "municipality": "kommune-0"}"#)
            #expect(early.status == .created, "\(early.text)")
            let waiting = try await client.request(
                "/api/v1/enrolments", .post, token: tovholder,
                body: #"{"therapist": {"id": "late-1", "manuals": ["m"]}, "municipality": "kommune-0"}"#)
            #expect(waiting.status == .accepted, "\(waiting.text)")

            var lead = PageClient(client)
            try await lead.signIn(fixture.lead)
            let versions = try await lead.get("/versions")
            #expect(versions.text.contains("Venteliste"))
            #expect(versions.text.contains("late-1"))
            #expect(!versions.text.contains("Ingen venter på en plads."))

            let csrf = try await lead.csrf(on: "/versions")
            #expect(try await lead.post("/versions/replan", []).status == .forbidden)
            #expect(try await fixture.store.versionCount() == 1)

            var other = PageClient(client)
            try await other.signIn(tovholder)
            let theirCSRF = try await other.csrf(on: "/municipalities/kommune-0/bookings")
            #expect(try await other.post("/versions/replan", [("csrf", theirCSRF)]).status == .notFound)
            #expect(try await fixture.store.versionCount() == 1)

            let replanned = try await lead.post("/versions/replan", [("csrf", csrf)])
            #expect(replanned.status == .seeOther, "\(replanned.text)")
            #expect(replanned.headers[.location] == "/versions/2/changes?from=1")
            let draft = try #require(try await fixture.store.version(2))
            #expect(draft.status == .draft)
            let plan = try Plan(jsonData: draft.plan)
            let placed =
                plan.cohorts.contains { $0.participants.contains("late-1") }
                || plan.unassigned.contains { $0.therapist == "late-1" }
            #expect(placed)
            #expect(plan.supervisionGroups.contains { $0.members.contains("early-1") })
            #expect(try await lead.get("/versions/2/changes?from=1").status == .ok)
            #expect(try await fixture.store.publishedHead()?.number == 1)
        }
    }
}
