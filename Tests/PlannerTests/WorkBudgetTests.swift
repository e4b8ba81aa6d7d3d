import Foundation
import PlanningModel
import TestSupport
import Testing

@testable import Planner

@Suite struct WorkBudgetTests {
    /// The default budget follows its documented formula, 10 000 · 1000 / (1000 + needs)
    /// rounded down to hundreds, and never drops below 100.
    @Test func defaultBudgetShrinksWithTheScenario() {
        #expect(PlannerOptions.defaultIterations(needs: 0) == 10_000)
        #expect(PlannerOptions.defaultIterations(needs: 96) == 9_100)
        #expect(PlannerOptions.defaultIterations(needs: 482) == 6_700)
        #expect(PlannerOptions.defaultIterations(needs: 1_544) == 3_900)
        #expect(PlannerOptions.defaultIterations(needs: 20_000) == 400)
        #expect(PlannerOptions.defaultIterations(needs: 10_000_000) == 100)
    }

    /// Without `iterations` the search runs the default budget, and two runs give the same
    /// bytes (finding 12: the same command gives the same plan).
    @Test func defaultBudgetReplays() throws {
        let (scenario, calendar) = try loadShared("tiny-1.json")
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        let options = PlannerOptions(seed: 1, suggestions: false, proveOptimality: false)
        var first = solver.run(options)
        var second = solver.run(options)
        #expect(first.plan.solver.iterations == PlannerOptions.defaultIterations(needs: scenario.needs.count))
        #expect(!first.stoppedByTimeLimit && !second.stoppedByTimeLimit)
        first.plan.solver.elapsedSeconds = 0
        second.plan.solver.elapsedSeconds = 0
        #expect(try first.plan.jsonData() == second.plan.jsonData())
    }

    /// A cap that runs out before the work does ends the search and says so; the plan still
    /// obeys every hard rule and every unassigned need has a reason and a suggestion.
    @Test func exhaustedCapIsReported() throws {
        let (scenario, calendar) = try loadShared("tight-2026.json")
        let result = StimePlanSolver(scenario: scenario, calendar: calendar)
            .run(PlannerOptions(seed: 1, timeLimit: 1e-6, iterations: 1_000_000))
        #expect(result.stoppedByTimeLimit)
        #expect((result.plan.solver.iterations ?? 0) < 1_000_000)
        #expect(result.plan.score.hardViolations == 0)
        #expect(result.plan.unassigned.allSatisfy { !$0.suggestions.isEmpty })
    }

    /// The verification re-solves are a fixed amount of work: with no re-solve allowed,
    /// every suggestion stays unverified; with the default limit, tight-2026's `krop-mad`
    /// needs each get two verified suggestions.
    @Test func verificationLimitBoundsTheResolves() throws {
        let (scenario, calendar) = try loadShared("tight-2026.json")
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        let none = solver.solve(PlannerOptions(seed: 1, iterations: 20, suggestionBudget: 10, verificationLimit: 0))
        #expect(!none.unassigned.isEmpty)
        #expect(none.unassigned.allSatisfy { $0.suggestions.count == 1 && !$0.suggestions[0].verified })
        let some = solver.solve(PlannerOptions(seed: 1, iterations: 20, suggestionBudget: 10))
        #expect(some.unassigned.map(\.therapist) == none.unassigned.map(\.therapist))
        #expect(some.unassigned.allSatisfy { $0.suggestions.count == 2 && $0.suggestions.allSatisfy(\.verified) })
    }
}

@Suite struct AnnealingScheduleTests {
    /// The weight scale is the median positive weight of S2–S10, so scaling every weight
    /// scales the temperatures alike.
    @Test func temperaturesFollowTheWeights() {
        #expect(AnnealingSchedule.weightScale(Weights()) == 100)
        var tenfold = Weights()
        for path in [\Weights.travelPerKm, \.waitPerDay, \.split, \.schoolHoliday, \.peakLoad, \.continuity] {
            tenfold[keyPath: path] *= 10
        }
        for path in [\Weights.meetingSpread, \.irregular, \.missedSupervision] { tenfold[keyPath: path] *= 10 }
        #expect(AnnealingSchedule.weightScale(tenfold) == 1000)
        let schedule = AnnealingSchedule(Annealing(), weights: Weights(), budget: 1000, defaultBudget: 1000)
        #expect(schedule.temperature(at: 0) == 300)
        #expect(abs(schedule.temperature(at: 500) - 30) < 1e-9)
        #expect(schedule.cycleLength == 1000)
    }

    /// Up to twelve default budgets are one cooling; a longer budget is cut into cycles of
    /// about twelve.
    @Test func cyclesAreTwelveDefaultBudgets() {
        let six = AnnealingSchedule(Annealing(), weights: Weights(), budget: 6000, defaultBudget: 1000)
        #expect(six.cycleLength == 6000)
        #expect(abs(six.temperature(at: 3000) - 30) < 1e-9)
        let sixty = AnnealingSchedule(Annealing(), weights: Weights(), budget: 60_000, defaultBudget: 1000)
        #expect(sixty.cycleLength == 12_000)
        #expect((0..<60_000).filter(sixty.startsCycle) == [12_000, 24_000, 36_000, 48_000])
        let uneven = AnnealingSchedule(Annealing(), weights: Weights(), budget: 60_001, defaultBudget: 1000)
        #expect(uneven.cycleLength == 12_001)
    }

    /// `--iterations 9223372036854775807` (Int.max) trapped in the cycle arithmetic.
    @Test func theLargestBudgetHasCycles() {
        let schedule = AnnealingSchedule(Annealing(), weights: Weights(), budget: Int.max, defaultBudget: 1000)
        #expect(schedule.cycleLength == 12_000)
        #expect(schedule.startsCycle(schedule.cycleLength))
        let tiny = AnnealingSchedule(Annealing(), weights: Weights(), budget: Int.max, defaultBudget: 0)
        #expect(tiny.cycleLength == 2048)
    }

    /// With cycles of one default budget, six budgets are six cycles; each restart cycle
    /// starts reheated and cools to the same cold end.
    @Test func longerBudgetsRunInCycles() {
        var annealing = Annealing()
        annealing.cycle = 1
        let schedule = AnnealingSchedule(annealing, weights: Weights(), budget: 6000, defaultBudget: 1000)
        #expect(schedule.cycleLength == 1000)
        #expect((0..<6000).filter(schedule.startsCycle) == [1000, 2000, 3000, 4000, 5000])
        #expect(abs(schedule.temperature(at: 1000) - 90) < 1e-9)
        #expect(abs(schedule.temperature(at: 5000) - 90) < 1e-9)
        #expect(schedule.temperature(at: 1999) < schedule.temperature(at: 1998))
        #expect(abs(schedule.temperature(at: 999) - 300 * pow(3.0 / 300, 0.999)) < 1e-9)
        #expect(abs(schedule.temperature(at: 1999) - 90 * pow(3.0 / 90, 0.999)) < 1e-9)
    }

    /// A search of several cycles restarts from the elite pool and still replays exactly.
    @Test func restartsReplay() throws {
        let (scenario, calendar) = try loadShared("midtjylland-2026.json")
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        var options = PlannerOptions(seed: 5, iterations: 60, suggestions: false)
        options.annealing.cycle = 20 / Double(PlannerOptions.defaultIterations(needs: scenario.needs.count))
        var first = solver.solve(options)
        var second = solver.solve(options)
        first.solver.elapsedSeconds = 0
        second.solver.elapsedSeconds = 0
        #expect(try first.jsonData() == second.jsonData())
    }
}
