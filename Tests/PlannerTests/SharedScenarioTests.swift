import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

@testable import Planner

/// Loads a shared scenario the way tests need it.
func loadShared(_ name: String) throws -> (Scenario, PlanningCalendar) {
    let scenario = try JSONDecoder().decode(Scenario.self, from: Data(contentsOf: SharedScenarios.url(name)))
    return (scenario, PlanningCalendar(scenario: scenario))
}

@Suite struct SharedScenarioTests {
    /// H1–H12 hold and the planner's score equals the independent checker's, on every shared
    /// scenario, after a short deterministic search.
    @Test(arguments: SharedScenarios.names)
    func planBreaksNoHardRuleAndScoresLikeTheChecker(name: String) throws {
        let (scenario, calendar) = try loadShared(name)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 7, iterations: 60, suggestionBudget: 20, proveOptimality: false))
        let report = PlanChecker(scenario: scenario, calendar: calendar).check(plan)
        #expect(report.hardViolationCount == 0, "\(report.violations.prefix(5).map(\.description))")
        #expect(plan.score.hardViolations == 0)
        #expect(plan.score.total == report.total, "\(report.scoreMismatches)")
        #expect(report.scoreMismatches.isEmpty, "\(report.scoreMismatches)")
    }

    /// The cached (incremental) terms of the search equal a recomputation from scratch.
    @Test(arguments: SharedScenarios.names)
    func incrementalScoreEqualsScoreFromScratch(name: String) throws {
        let (scenario, calendar) = try loadShared(name)
        let instance = Instance(scenario: scenario, calendar: calendar)
        var search = LargeNeighbourhoodSearch(start: Construction(instance: instance).run(), seed: 3)
        for k in 0..<40 {
            search.step(temperature: 50)
            if k % 10 == 9 {
                #expect(search.state.terms == Evaluator.fromScratch(instance, search.state.solution))
            }
        }
        #expect(search.best.terms == Evaluator.fromScratch(instance, search.best.solution))
    }
}

@Suite struct MeetingSeriesTests {
    /// The constraint model of a meeting series and the dynamic programme agree on the
    /// optimum of every series of the default scenario.
    @Test func constraintModelAndDynamicProgrammeAgree() throws {
        let (scenario, calendar) = try loadShared("midtjylland-2026.json")
        let instance = Instance(scenario: scenario, calendar: calendar)
        let usage = ResourceUsage(instance: instance)
        for s in instance.series {
            var dpUsage = usage
            let dp = try #require(MeetingScheduler(instance: instance).schedule(s, usage: &dpUsage))
            let dpCost = Evaluator.seriesTerms(instance, s, dp).total
            let (cp, cpObjective) = try #require(
                MeetingSeriesModel(instance: instance).solve(s, usage: usage, maxFailures: 200_000))
            #expect(cpObjective == Evaluator.seriesTerms(instance, s, cp).total)
            #expect(cpObjective == dpCost, "series \(s.index)")
        }
    }
}
