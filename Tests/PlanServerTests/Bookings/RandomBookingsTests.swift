import Foundation
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// A seeded random stream of valid and invalid actions from 10 tovholdere (and the lead),
/// through the service the API calls: after each one the published plan holds every hard
/// rule and the seat rows agree with it; a refused action changes nothing.
///
/// The 2,000 actions by default; `STIME_RANDOM_BOOKINGS=N` runs N (a shorter local run).
@Suite("Random bookings")
struct RandomBookingsTests {
    /// SplitMix64: the same seed, the same actions.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let steps = ProcessInfo.processInfo.environment["STIME_RANDOM_BOOKINGS"].flatMap { Int($0) } ?? 2000

    @Test(
        "a seeded stream of valid and invalid actions keeps the plan valid and the seats counted",
        arguments: TestBackend.available)
    func randomActions(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 10, groups: [4, 4, 3, 3, 2], groupMax: 5, secondCohort: [3, 2])
        let fixture = try await BookingFixture.make(backend, world: world)
        let service = fixture.service
        let groups = world.members.keys.sorted() + ["nowhere"]
        let days = (0..<60).map { CalendarDay(year: 2027, month: 1, day: 4).adding(days: $0 * 3) }
        var random = Random(state: 2026)
        var therapists = world.municipalityOf
        var accepted = 0
        var enrolled = 0
        for step in 0..<Self.steps {
            let known = therapists.keys.sorted()
            let therapist = known.isEmpty ? "nobody" : known[random.next(known.count)]
            let home = therapists[therapist] ?? "kommune-0"
            // Mostly the therapist's own tovholder; sometimes another one, sometimes the lead.
            let roll = random.next(10)
            let municipality = roll == 0 ? "kommune-\(random.next(10))" : home
            let booker =
                roll == 1
                ? Booker(role: .lead, municipality: nil, principal: Principal(role: "lead"))
                : Booker(
                    role: .tovholder, municipality: municipality,
                    principal: Principal(role: "tovholder", subject: municipality))
            let revision = try await fixture.revision()
            do {
                switch random.next(4) {
                case 0:
                    _ = try await service.move(therapist: therapist, to: groups[random.next(groups.count)], by: booker)
                case 1:
                    let from = days[random.next(days.count)]
                    let to = from.adding(days: random.next(10) - 2)
                    _ = try await service.reportAbsence(therapist: therapist, from: from, to: to, by: booker)
                case 2:
                    let id = "new-\(step)"
                    let manual = random.next(8) == 0 ? "unknown" : BookingWorld.manual
                    let receipt = try await service.enrol(
                        therapist: .object(["id": .string(id), "manuals": .array([.string(manual)])]),
                        municipality: municipality, by: booker)
                    if case .enrolled = receipt {
                        therapists[id] = municipality
                        enrolled += 1
                    }
                default:
                    try await service.withdraw(therapist: therapist, by: booker)
                    therapists[therapist] = nil
                }
                accepted += 1
                try await BookingInvariants.check(fixture.store)
            } catch let refusal as BookingError {
                #expect(
                    ["NOT_FOUND", "GROUP_FULL", "WRONG_COHORT", "RULE_BROKEN", "INVALID_VALUE"].contains(refusal.code),
                    "\(refusal)")
                #expect(try await fixture.revision() == revision)
            }
        }
        // The stream is varied enough to mean something.
        #expect(accepted > Self.steps / 10)
        #expect(enrolled > 0)
        try await BookingInvariants.check(fixture.store)
        try await fixture.store.close()
    }
}
