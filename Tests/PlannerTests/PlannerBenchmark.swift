import Foundation
import PlanChecker
import Planner
import PlanningModel
import TestSupport
import Testing

/// Benchmark runs, off by default: `STIME_BENCH=1 swift test -c release --filter PlannerBenchmark`.
/// `STIME_BENCH_TIMES` (seconds, comma-separated, default 10), `STIME_BENCH_SEEDS`
/// (default 1,2,3) and `STIME_BENCH_SCENARIOS` (file names) narrow the table.
@Suite struct PlannerBenchmark {
    static var enabled: Bool { ProcessInfo.processInfo.environment["STIME_BENCH"] != nil }

    @Test(.enabled(if: PlannerBenchmark.enabled))
    func totalsAgainstTime() throws {
        let env = ProcessInfo.processInfo.environment
        let times = (env["STIME_BENCH_TIMES"] ?? "10").split(separator: ",").compactMap { Double($0) }
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
            for time in times {
                var totals: [Int] = []
                var line = "\(name) t=\(time)s:"
                for seed in seeds {
                    let plan = solver.solve(PlannerOptions(seed: seed, timeLimit: time, suggestions: false))
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
