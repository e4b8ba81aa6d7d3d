import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

@testable import Planner

/// H3 when the needs of a manual cannot all be split into cohorts of `cohortMin…cohortMax`
/// (found by `Benchmarks/sweep.py`: nine needs and cohorts of exactly five gave a cohort
/// of four, which the plan called feasible and `check` rejected).
@Suite struct CohortSizeTests {
    private func tiny2(cohortMin: Int, cohortMax: Int) throws -> (Scenario, PlanningCalendar) {
        var (scenario, _) = try loadShared("tiny-2.json")
        scenario.manuals[0].training.cohortMin = cohortMin
        scenario.manuals[0].training.cohortMax = cohortMax
        return (scenario, PlanningCalendar(scenario: scenario))
    }

    @Test func partitionLeavesOutWhatCannotFormAWholeCohort() throws {
        let (scenario, calendar) = try tiny2(cohortMin: 5, cohortMax: 5)
        let instance = Instance(scenario: scenario, calendar: calendar)
        let needs = instance.needsOfManual[0]
        #expect(needs.count == 9)
        let (chunks, left) = Construction(instance: instance).partition(needs, manual: 0)
        #expect(chunks.map(\.count) == [5])
        #expect(left.count == 4)
    }

    @Test(arguments: [(5, 5), (5, 6), (2, 2)])
    func everyCohortHasAnAllowedSize(cohortMin: Int, cohortMax: Int) throws {
        let (scenario, calendar) = try tiny2(cohortMin: cohortMin, cohortMax: cohortMax)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 20, suggestions: false, proveOptimality: false))
        for cohort in plan.cohorts {
            #expect((cohortMin...cohortMax).contains(cohort.participants.count), "\(cohort.id)")
        }
        let report = PlanChecker(scenario: scenario, calendar: calendar).check(plan)
        #expect(report.hardViolationCount == 0)
        #expect(report.total == plan.score.total)
    }
}
