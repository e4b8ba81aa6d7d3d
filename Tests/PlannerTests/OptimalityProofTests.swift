import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

@testable import Planner

@Suite struct OptimalityProofTests {
    /// The tiny scenarios are proven optimal: `status: optimal`, `bound == total`.
    @Test(arguments: [("tiny-1.json", 3780), ("tiny-2.json", 4508)])
    func tinyScenariosAreProvenOptimal(name: String, optimum: Int) throws {
        let (scenario, calendar) = try loadShared(name)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar).solve(
            PlannerOptions(seed: 1, iterations: 400))
        #expect(plan.score.total == optimum)
        #expect(plan.solver.status == .optimal)
        #expect(plan.solver.bound == optimum)
    }

    /// Variants of tiny-1 with other weights: the constraint models, given only the bound
    /// `LNS total + 1`, find a plan of exactly the LNS total themselves and prove nothing is
    /// cheaper; that plan breaks no hard rule and scores the same for the independent checker.
    @Test(arguments: [
        Weights(
            unassigned: 10000, travelPerKm: 2, waitPerDay: 10, split: 300, schoolHoliday: 1000,
            peakLoad: 100, continuity: 100, meetingSpread: 5, irregular: 100, missedSupervision: 150),
        Weights(
            unassigned: 10000, travelPerKm: 1, waitPerDay: 5, split: 300, schoolHoliday: 1000,
            peakLoad: 60, continuity: 200, meetingSpread: 5, irregular: 100, missedSupervision: 150),
    ])
    func constraintModelsAgreeWithTheSearch(weights: Weights) throws {
        var (scenario, _) = try loadShared("tiny-1.json")
        scenario.weights = weights
        let calendar = PlanningCalendar(scenario: scenario)
        let instance = Instance(scenario: scenario, calendar: calendar)
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        let options = PlannerOptions(seed: 2, iterations: 400, proveOptimality: false)
        let search = solver.runSearch(instance, options: options, cap: TimeCap(seconds: nil))
        let lns = search.best.total
        let proof = OptimalityProof(instance: instance)
            .run(incumbent: search.best, maxNodes: 2_000_000, timeLimit: nil, upperBound: lns + 1)
        let proven = proof.proven
        #expect(proven, "\(proof.structures) structures, \(proof.nodes) nodes")
        let found = try #require(proof.improved)
        #expect(found.total == lns, "CP \(found.total) vs LNS \(lns)")
        let plan = solver.makePlan(found, instance: instance, options: options)
        let report = PlanChecker(scenario: scenario, calendar: calendar).check(plan)
        #expect(report.hardViolationCount == 0, "\(report.violations.prefix(5).map(\.description))")
        #expect(report.total == found.total, "\(report.scoreMismatches)")
    }

    /// A proof cut short by its node budget claims nothing, but reports a lower bound that
    /// does not exceed the optimum.
    @Test func anIncompleteProofReportsOnlyAValidBound() throws {
        let (scenario, calendar) = try loadShared("tiny-1.json")
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 400, proofNodes: 50))
        #expect(plan.solver.status == .feasible)
        let bound = try #require(plan.solver.bound)
        #expect(bound > 0 && bound <= 3780)
    }

    /// Scenarios with meeting series or many needs are not attempted.
    @Test func largeScenariosAreNotAttempted() throws {
        let (scenario, calendar) = try loadShared("midtjylland-2026.json")
        #expect(!OptimalityProof.applies(to: Instance(scenario: scenario, calendar: calendar)))
    }

    /// Manuals far longer than real ones (the timing model's size grows with their days and
    /// sessions, outside the node budget) are not attempted either.
    @Test(arguments: [(11, 2), (2, 13), (30, 52)])
    func longManualsAreNotAttempted(days: Int, sessions: Int) throws {
        var (scenario, calendar) = try loadShared("tiny-1.json")
        #expect(OptimalityProof.applies(to: Instance(scenario: scenario, calendar: calendar)))
        scenario.manuals[0].training.days = days
        scenario.manuals[0].supervision.sessions = sessions
        calendar = PlanningCalendar(scenario: scenario)
        #expect(!OptimalityProof.applies(to: Instance(scenario: scenario, calendar: calendar)))
    }
}
