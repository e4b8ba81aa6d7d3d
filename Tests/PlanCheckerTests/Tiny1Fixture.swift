import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel
import TestSupport

/// `tiny-1.json` with a hand-made valid plan, to be broken on purpose by the tests.
///
/// Two cohorts of `angst-tristhed`, both at `bua-skejby`: `c-nord` (the four Norddjurs
/// therapists, trainers p1 and p3, Tuesdays 2026-09-08 and 09-15) and `c-rand` (the four
/// Randers therapists, trainers p2 and p3, Wednesdays 09-09 and 09-16). Each cohort has one
/// physical supervision group at `bua-skejby`: `g-nord` (p1, am, 09-22 and 10-06) and
/// `g-rand` (p2, pm, 09-23 and 10-07).
struct Tiny1Fixture {
    var scenario: Scenario
    var plan: Plan
    /// The base, today and pins when the plan is checked as a re-plan.
    var replan: ReplanCheckContext?

    static let norddjurs = ["norddjurs-01", "norddjurs-02", "norddjurs-03", "norddjurs-04"]
    static let randers = ["randers-01", "randers-02", "randers-03", "randers-04"]

    /// Hand-computed road distances (great circle × 1.3, rounded) to `bua-skejby`.
    static let kmNorddjursSkejby = 65
    static let kmRandersSkejby = 40
    static let kmGoedstrupSkejby = 102
    static let kmNorddjursGoedstrup = 164

    /// S2 of the valid plan: per training day and session, 4 therapists and the non-local
    /// psychologist each travel a round trip.
    /// c-nord: 2 days × 4 × 2 × 65; g-nord: 2 sessions × 4 × 2 × 65 (p1, p3 live at Skejby);
    /// c-rand: 2 days × (4 × 2 × 40 + 2 × 102 for p2); g-rand: the same for its 2 sessions.
    static let validTravel = 32 * kmNorddjursSkejby + 32 * kmRandersSkejby + 8 * kmGoedstrupSkejby  // 4176
    /// S3: readyFrom is the horizon start 2026-09-07; c-nord ends 09-15 (8 days × 4),
    /// c-rand ends 09-16 (9 days × 4).
    static let validWaiting = 8 * 4 + 9 * 4  // 68
    /// S6: p1, p2 and p3 each have 4 activity dates.
    static let validPeak = 4
    static let validTotal = validTravel * 1 + validWaiting * 2 + validPeak * 50  // 4512

    init() throws {
        let data = try Data(contentsOf: SharedScenarios.url("tiny-1.json"))
        scenario = try JSONDecoder().decode(Scenario.self, from: data)
        plan = Plan(
            scenario: "tiny-1",
            solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
            cohorts: [
                Cohort(
                    id: "c-nord", manual: "angst-tristhed", venue: "bua-skejby", trainers: ["p1", "p3"],
                    days: [day("2026-09-08"), day("2026-09-15")], participants: Self.norddjurs),
                Cohort(
                    id: "c-rand", manual: "angst-tristhed", venue: "bua-skejby", trainers: ["p2", "p3"],
                    days: [day("2026-09-09"), day("2026-09-16")], participants: Self.randers),
            ],
            supervisionGroups: [
                SupervisionGroup(
                    id: "g-nord", manual: "angst-tristhed", cohort: "c-nord", supervisor: "p1",
                    mode: .physical, venue: "bua-skejby", slot: .am,
                    sessions: [day("2026-09-22"), day("2026-10-06")], members: Self.norddjurs),
                SupervisionGroup(
                    id: "g-rand", manual: "angst-tristhed", cohort: "c-rand", supervisor: "p2",
                    mode: .physical, venue: "bua-skejby", slot: .pm,
                    sessions: [day("2026-09-23"), day("2026-10-07")], members: Self.randers),
            ],
            meetings: [],
            unassigned: [],
            score: Score(
                total: Self.validTotal, hardViolations: 0,
                terms: [
                    "S1": 0, "S2": Self.validTravel, "S3": Self.validWaiting * 2, "S4": 0, "S5": 0,
                    "S6": Self.validPeak * 50, "S7": 0, "S8": 0, "S9": 0, "S10": 0,
                ]))
    }

    /// Checks the (possibly broken) plan against the (possibly edited) scenario, worded from
    /// `strings` (English when nil).
    func check(strings: StringTable? = nil) -> CheckReport {
        PlanChecker(
            scenario: scenario, calendar: PlanningCalendar(scenario: scenario), replan: replan, strings: strings
        )
        .check(plan)
    }

    /// Makes the plan as it is now the base of a re-plan (to be edited next), checked from `today`.
    mutating func publish(today: String, pins: [Pin] = []) {
        replan = ReplanCheckContext(base: plan, today: day(today), pins: Pins(pins))
    }

    /// The index of a cohort, group, venue or psychologist by id (a test typo traps).
    func cohort(_ id: String) -> Int { plan.cohorts.firstIndex { $0.id == id }! }
    func group(_ id: String) -> Int { plan.supervisionGroups.firstIndex { $0.id == id }! }
    func venue(_ id: String) -> Int { scenario.venues.firstIndex { $0.id == id }! }
    func psychologist(_ id: String) -> Int { scenario.psychologists.firstIndex { $0.id == id }! }

    /// A meeting series for tests of H12 and S8: Norddjurs' tovholder and p2 (from Gødstrup).
    static func implementationGroup(count: Int) -> MeetingSeries {
        MeetingSeries(
            id: "jig", title: "Fælles implementeringsgruppe", count: count,
            window: DateRange(from: day("2026-09-07"), to: day("2026-11-06")), slot: .pm, minGapWeeks: 4,
            venues: ["bua-skejby", "bua-goedstrup"], rotate: true,
            attendees: [
                Attendee(name: "Tovholder Norddjurs", origin: .municipality("norddjurs")),
                Attendee(name: "Psykolog 2", psychologist: "p2", origin: .venue("bua-goedstrup")),
            ])
    }
}

/// A date from `YYYY-MM-DD` (a typo in a test traps).
func day(_ text: String) -> CalendarDay {
    CalendarDay(iso: text)!
}
