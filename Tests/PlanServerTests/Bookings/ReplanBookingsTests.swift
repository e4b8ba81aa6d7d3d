import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// The lead's re-plan after bookings: it places the waitlist and keeps the tovholdere's memberships.
@Suite("Re-plan after bookings")
struct ReplanBookingsTests {
    @Test(
        "a re-plan adds the waitlisted therapists and keeps the booked memberships; publishing empties the waitlist",
        arguments: TestBackend.available)
    func replanPlacesWaitlistAndPins(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 2, groups: [3, 4], groupMax: 4)
        let fixture = try await BookingFixture.make(backend, world: world)
        let mover = world.members["c1-g2"]![0]
        try await fixture.test { client in
            let moved = try await client.request(
                "/api/v1/moves", .post, token: fixture.tovholder(of: mover),
                body: #"{"therapist": "\#(mover)", "group": "c1-g1"}"#)
            #expect(moved.status == .ok)
            let early = try await client.request(
                "/api/v1/enrolments", .post, token: fixture.tovholders["kommune-0"],
                body: #"{"therapist": {"id": "early-1", "manuals": ["m"]}, "municipality": "kommune-0"}"#)
            #expect(early.status == .created, "\(early.text)")
            let waiting = try await client.request(
                "/api/v1/enrolments", .post, token: fixture.tovholders["kommune-0"],
                body: #"{"therapist": {"id": "late-1", "manuals": ["m"]}, "municipality": "kommune-0"}"#)
            #expect(waiting.status == .accepted, "\(waiting.text)")

            let booked = try await fixture.store.bookedMemberships()
            #expect(
                booked?.memberships == [
                    Membership(therapist: "early-1", manual: "m", group: "c1-g2"),
                    Membership(therapist: mover, manual: "m", group: "c1-g1"),
                ])

            let scenario = try await client.request("/api/v1/scenario", token: fixture.lead).text
            let created = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: #"{"scenario": \#(scenario)}"#)
            #expect(created.status == .created, "\(created.text)")
            let draft = try await fixture.store.version(2)!
            let draftScenario = try ScenarioLoader().load(
                data: draft.scenario, fileName: "draft.json", baseDirectory: nil
            ).scenario
            #expect(draftScenario.municipalities[0].therapists.contains { $0.id == "late-1" })
            let draftPlan = try JSONDecoder().decode(Plan.self, from: draft.plan)
            let covered =
                draftPlan.cohorts.contains { $0.participants.contains("late-1") }
                || draftPlan.unassigned.contains { $0.therapist == "late-1" }
            #expect(covered)
            // The memberships tovholdere booked are pinned (REPLAN.md H14).
            let members = { (group: String) in draftPlan.supervisionGroups.first { $0.id == group }?.members ?? [] }
            #expect(members("c1-g1").contains(mover))
            #expect(members("c1-g2").contains("early-1"))

            #expect(try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead).status == .ok)
            let list = try await client.request("/api/v1/waitlist", token: fixture.lead)
            #expect(list.text == "[]")
        }
    }
}
