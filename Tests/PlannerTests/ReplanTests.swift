import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

@testable import Planner

/// Re-planning (REPLAN.md): history and pins kept, ids kept, S11 scored consistently.
@Suite struct ReplanTests {
    /// The default scenario's base plan (a short deterministic search) and its scenario.
    static let defaultBase: (Scenario, PlanningCalendar, Plan) = {
        let (scenario, calendar) = try! loadShared("midtjylland-2026.json")
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 40, suggestionBudget: 10, proveOptimality: false))
        return (scenario, calendar, plan)
    }()

    static let june = CalendarDay(year: 2026, month: 6, day: 1)

    /// With nothing changed, a re-plan keeps every entry before today, every started
    /// cohort's id, and its S11 equals the people of its `changes`.
    @Test func unchangedScenarioKeepsHistoryAndIds() throws {
        let (scenario, calendar, base) = Self.defaultBase
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .replan(ReplanRequest(base: base, today: Self.june), Self.options(seed: 2))
        #expect(plan.score.hardViolations == 0)
        try ReplanAssertions(scenario: scenario, base: base, plan: plan, today: Self.june).check()
        let report = PlanChecker(
            scenario: scenario, calendar: calendar, replan: ReplanCheckContext(base: base, today: Self.june)
        ).check(plan)
        #expect(report.violations.isEmpty, "\(report.violations.map(\.description))")
        #expect(report.scoreMismatches.isEmpty, "\(report.scoreMismatches)")
        let started = base.cohorts.filter { $0.days.first! < Self.june }.map(\.id)
        #expect(!started.isEmpty)
        #expect(Set(started).isSubset(of: plan.cohorts.map(\.id)))
        #expect(plan.base?.today == Self.june)
    }

    /// A psychologist away, a therapist gone, a venue closed: history, pins and ids hold, and
    /// the planner's score, S11 included, equals the independent checker's (and S11 the people
    /// of its changes). What history forces (a supervision group that has met, whose
    /// supervisor is now away longer than its cadence allows) is counted as the checker
    /// counts it, and is only ever availability (H6).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomChangesKeepHistoryAndScoreS11Consistently(seed: UInt64) throws {
        let (original, _, base) = Self.defaultBase
        var rng = SplitMix64Seeded(seed)
        var scenario = original
        let p = rng.below(scenario.psychologists.count)
        let from = Self.june.adding(days: rng.below(60))
        scenario.psychologists[p].unavailable.append(DateRange(from: from, to: from.adding(days: 20 + rng.below(30))))
        let stime = scenario.municipalities.indices.filter { scenario.municipalities[$0].stime }
        let u = stime[rng.below(stime.count)]
        scenario.municipalities[u].therapists.remove(at: rng.below(scenario.municipalities[u].therapists.count))
        let v = rng.below(scenario.venues.count)
        let closed = Self.june.adding(days: 60 + rng.below(60))
        scenario.venues[v].unavailable.append(DateRange(from: closed, to: closed.adding(days: 30)))
        // A cohort that has not started loses its venue on one of its days: something must move.
        let later = base.cohorts.filter { $0.days.first! >= Self.june }
        let moved = later[rng.below(later.count)]
        let day = moved.days[rng.below(moved.days.count)]
        let w = scenario.venues.firstIndex { $0.id == moved.venue }!
        scenario.venues[w].unavailable.append(DateRange(from: day, to: day))
        let calendar = PlanningCalendar(scenario: scenario)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .replan(ReplanRequest(base: base, today: Self.june), Self.options(seed: seed))
        try ReplanAssertions(scenario: scenario, base: base, plan: plan, today: Self.june).check()
        let report = PlanChecker(
            scenario: scenario, calendar: calendar, replan: ReplanCheckContext(base: base, today: Self.june)
        ).check(plan)
        #expect(
            report.hardViolationCount == plan.score.hardViolations,
            "seed \(seed): \(report.violations.prefix(5).map(\.description))")
        #expect(
            report.violations.allSatisfy { $0.rule == .h6 }, "seed \(seed): \(report.violations.map(\.description))")
        #expect(report.total == plan.score.total, "seed \(seed)")
        #expect(report.scoreMismatches.isEmpty, "seed \(seed): \(report.scoreMismatches)")
        #expect((plan.score.terms["S11"] ?? 0) > 0, "seed \(seed): the changes move something")
    }

    /// The cached terms of a re-plan's search, S11 included, equal a recomputation from scratch.
    @Test func incrementalTermsEqualTermsFromScratch() throws {
        let (original, _, base) = Self.defaultBase
        var scenario = original
        scenario.psychologists[0].unavailable.append(
            DateRange(from: Self.june, to: Self.june.adding(days: 29)))
        let calendar = PlanningCalendar(scenario: scenario)
        let instance = Instance.replanning(
            scenario: scenario, calendar: calendar, request: ReplanRequest(base: base, today: Self.june))
        let (start, _) = ReplanStart(instance: instance).run()
        #expect(start.terms == Evaluator.fromScratch(instance, start.solution))
        var search = LargeNeighbourhoodSearch(start: start, seed: 5)
        for k in 0..<30 {
            search.step(temperature: 200)
            if k % 10 == 9 {
                #expect(search.state.terms == Evaluator.fromScratch(instance, search.state.solution))
            }
        }
    }

    /// Pinned cohorts and meetings stay exactly as in the base, even when moving them
    /// would be cheaper.
    @Test func pinsHold() throws {
        let (original, _, base) = Self.defaultBase
        let later = base.cohorts.filter { $0.days.first! >= Self.june }
        let pinned = try #require(later.first)
        let meeting = try #require(base.meetings.first { $0.date >= Self.june })
        var scenario = original
        for p in pinned.trainers {
            let i = scenario.psychologists.firstIndex { $0.id == p }!
            scenario.psychologists[i].maxDaysPerMonth += 2
        }
        let pins = Pins([.cohort(pinned.id), .meeting(series: meeting.series, index: meeting.index)])
        let plan = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
            .replan(ReplanRequest(base: base, today: Self.june, pins: pins), Self.options(seed: 4))
        #expect(plan.cohorts.first { $0.id == pinned.id } == pinned)
        let groups = base.supervisionGroups.filter { $0.cohort == pinned.id }
        #expect(plan.supervisionGroups.filter { $0.cohort == pinned.id } == groups)
        #expect(plan.meetings.first { $0.series == meeting.series && $0.index == meeting.index } == meeting)
        let report = PlanChecker(
            scenario: scenario, calendar: PlanningCalendar(scenario: scenario),
            replan: ReplanCheckContext(base: base, today: Self.june, pins: pins)
        ).check(plan)
        #expect(report.violations.isEmpty, "\(report.violations.map(\.description))")
        #expect(report.scoreMismatches.isEmpty, "\(report.scoreMismatches)")
    }

    /// With one of tiny-1's two cohorts pinned (by a group pin and by a membership pin), the
    /// search has one cohort left to move: it must still end after its iterations (a move on
    /// two cohorts once looked for a second movable cohort forever).
    @Test(.timeLimit(.minutes(1)), arguments: [false, true])
    func oneMovableCohortLeft(pinByMembership: Bool) throws {
        let (scenario, calendar) = try loadShared("tiny-1.json")
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        let base = solver.solve(PlannerOptions(seed: 1, iterations: 40, suggestionBudget: 0, proveOptimality: false))
        let today = try #require(base.cohorts.compactMap(\.days.first).min())
        let group = try #require(base.supervisionGroups.first)
        let therapist = try #require(group.members.first)
        let pins = Pins([pinByMembership ? .membership(therapist: therapist, group: group.id) : .group(group.id)])
        let plan = solver.replan(ReplanRequest(base: base, today: today, pins: pins), Self.options(seed: 3))
        #expect(plan.supervisionGroups.first { $0.id == group.id }?.members.contains(therapist) == true)
        let report = PlanChecker(
            scenario: scenario, calendar: calendar, replan: ReplanCheckContext(base: base, today: today, pins: pins)
        ).check(plan)
        #expect(report.violations.isEmpty, "\(report.violations.map(\.description))")
    }

    /// The same base, seed and iterations give the same re-plan byte for byte.
    @Test func sameSeedAndIterationsGiveTheSameReplan() throws {
        let (original, _, base) = Self.defaultBase
        var scenario = original
        scenario.psychologists[1].unavailable.append(DateRange(from: Self.june, to: Self.june.adding(days: 29)))
        let solver = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
        var first = solver.replan(ReplanRequest(base: base, today: Self.june), Self.options(seed: 9))
        var second = solver.replan(ReplanRequest(base: base, today: Self.june), Self.options(seed: 9))
        first.solver.elapsedSeconds = 0
        second.solver.elapsedSeconds = 0
        #expect(try first.jsonData() == second.jsonData())
    }

    static func options(seed: UInt64) -> PlannerOptions {
        PlannerOptions(seed: seed, iterations: 25, suggestionBudget: 10, proveOptimality: false)
    }
}

/// A seeded generator for the tests' random scenario changes.
struct SplitMix64Seeded {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// What every re-plan must satisfy, checked from the documents alone.
struct ReplanAssertions {
    let scenario: Scenario
    let base: Plan
    let plan: Plan
    let today: CalendarDay

    func check() throws {
        let before = base.entries(in: scenario)
        let after = plan.entries(in: scenario)
        let people = Set(
            scenario.municipalities.flatMap { $0.therapists.map(\.id) } + scenario.psychologists.map(\.id)
                + scenario.meetings.flatMap { $0.attendees.map(\.identity) })
        // H13: every base entry before today is still there, unchanged.
        for (key, old) in before where old.date < today {
            let new = try #require(after[key], "H13: \(key) is gone")
            #expect(new.isAtSamePlace(as: old), "H13: \(key) moved")
            #expect(Set(new.people) == Set(old.people).intersection(people), "H13: people of \(key)")
        }
        // H13: nothing new before today.
        for (key, new) in after where new.date < today {
            #expect(before[key] != nil, "H13: \(key) is new before today")
        }
        // Ids: new cohorts and groups avoid every base id.
        let baseIDs = Set(base.cohorts.map(\.id) + base.supervisionGroups.map(\.id))
        let baseCohorts = Dictionary(uniqueKeysWithValues: base.cohorts.map { ($0.id, $0.manual) })
        for c in plan.cohorts where baseIDs.contains(c.id) {
            #expect(baseCohorts[c.id] == c.manual, "\(c.id) keeps a base id of another manual")
        }
        #expect(Set(plan.cohorts.map(\.id)).count == plan.cohorts.count)
        #expect(Set(plan.supervisionGroups.map(\.id)).count == plan.supervisionGroups.count)
        // S11 equals the (person, key) pairs of the changes.
        let changes = try #require(plan.changes)
        let pairs = changes.reduce(0) { $0 + $1.people.count }
        #expect(plan.score.terms["S11"] == scenario.weights.perturbation * pairs)
        #expect(changes.map(\.key) == changes.map(\.key).sorted())
    }
}
