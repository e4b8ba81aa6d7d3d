import Foundation
import PlanChecker
import Planner
import PlanningModel
import TestSupport
import Testing

/// Benchmark runs, off by default: `STIME_BENCH=1 swift test -c release --filter PlannerBenchmark`.
/// `STIME_BENCH_BUDGETS` (multiples of the scenario's default work budget, comma-separated,
/// default 1; one default budget is about 5 s of one core), `STIME_BENCH_SEEDS` (default
/// 1,2,3) and `STIME_BENCH_SCENARIOS` (file names) narrow the table.
@Suite struct PlannerBenchmark {
    static var enabled: Bool { ProcessInfo.processInfo.environment["STIME_BENCH"] != nil }

    @Test(.enabled(if: PlannerBenchmark.enabled))
    func totalsAgainstWork() throws {
        let env = ProcessInfo.processInfo.environment
        let budgets = (env["STIME_BENCH_BUDGETS"] ?? "1").split(separator: ",").compactMap { Int($0) }
        let seeds = (env["STIME_BENCH_SEEDS"] ?? "1,2,3").split(separator: ",").compactMap { UInt64($0) }
        let names =
            env["STIME_BENCH_SCENARIOS"].map { $0.split(separator: ",").map(String.init) } ?? SharedScenarios.names
        for name in names {
            let scenario = try JSONDecoder().decode(Scenario.self, from: Data(contentsOf: SharedScenarios.url(name)))
            let solver = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
            let first = solver.solve(PlannerOptions(seed: 1, iterations: 0, suggestions: false))
            print(
                "BENCH \(name) construction: total=\(first.score.total) unassigned=\(first.unassigned.count) "
                    + "seconds=\(first.solver.elapsedSeconds)")
            let defaultBudget = PlannerOptions.defaultIterations(needs: scenario.needs.count)
            for budget in budgets {
                var totals: [Int] = []
                var line = "\(name) budget=\(budget)x\(defaultBudget):"
                for seed in seeds {
                    let options = PlannerOptions(seed: seed, iterations: budget * defaultBudget, suggestions: false)
                    let plan = solver.solve(options)
                    totals.append(plan.score.total)
                    let report = PlanChecker(scenario: scenario, calendar: solver.calendar).check(plan)
                    #expect(report.hardViolationCount == 0 && report.total == plan.score.total)
                    line +=
                        " seed\(seed)=\(plan.score.total)(u\(plan.unassigned.count),it\(plan.solver.iterations ?? 0))"
                }
                let mean = totals.reduce(0, +) / max(1, totals.count)
                print("BENCH \(line) mean=\(mean) min=\(totals.min() ?? 0)")
            }
        }
    }
}
