import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// Never an overbooking (SERVICE.md): requests racing for the last seat over real sockets.
@Suite("Races for the last seat")
struct RaceTests {
    /// Cohort c1 of 201 therapists: c1-g1 has 1 of 2 seats taken, the 100 other groups are
    /// full (2 of 2); the 200 therapists of those groups all ask for c1-g1 at once.
    static let world = BookingWorld(municipalities: 10, groups: [1] + Array(repeating: 2, count: 100), groupMax: 2)

    @Test(
        "200 concurrent moves into a group with one free seat: exactly one 200, the others 409 GROUP_FULL",
        arguments: TestBackend.available)
    func lastSeat(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let movers = Self.world.members.filter { $0.key != "c1-g1" }.values.flatMap { $0 }.sorted()
        #expect(movers.count == 200)
        try await fixture.test(.live) { client in
            let calls = movers.map { therapist in
                Sockets.Call(
                    uri: "/api/v1/moves", token: fixture.tovholder(of: therapist),
                    body: #"{"therapist": "\#(therapist)", "group": "c1-g1"}"#)
            }
            let results = try await Sockets.post(calls, port: try #require(client.port))
            #expect(results.filter { $0.0 == .ok }.count == 1)
            #expect(
                results.filter { $0.0 == .conflict && $0.1 == "GROUP_FULL" }.count == 199,
                "\(results.filter { $0.1 != "GROUP_FULL" })")
            let plan = try await fixture.publishedPlan()
            #expect(plan.supervisionGroups.first { $0.id == "c1-g1" }?.members.count == 2)
            #expect(try await fixture.revision() == 1)
            try await BookingInvariants.check(fixture.store)
        }
    }

    @Test("the same therapist moved twice at the same moment: one membership", arguments: TestBackend.available)
    func sameTherapistTwice(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 2, groups: [2, 2, 3], groupMax: 4)
        let fixture = try await BookingFixture.make(backend, world: world)
        let therapist = world.members["c1-g3"]![0]
        try await fixture.test(.live) { client in
            let calls = (0..<10).map { index in
                Sockets.Call(
                    uri: "/api/v1/moves",
                    token: index.isMultiple(of: 2) ? fixture.lead : fixture.tovholder(of: therapist),
                    body: #"{"therapist": "\#(therapist)", "group": "c1-g\#(index % 2 + 1)"}"#)
            }
            let results = try await Sockets.post(calls, port: try #require(client.port))
            #expect(results.allSatisfy { $0.0 == .ok })
            let plan = try await fixture.publishedPlan()
            #expect(plan.supervisionGroups.filter { $0.members.contains(therapist) }.count == 1)
            try await BookingInvariants.check(fixture.store)
        }
    }
}
