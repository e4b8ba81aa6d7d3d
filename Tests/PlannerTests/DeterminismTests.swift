import Foundation
import PlanningModel
import TestSupport
import Testing

@testable import Planner

@Suite struct DeterminismTests {
    /// Two runs with the same seed and iteration limit give the same plan.json bytes, apart
    /// from `solver.elapsedSeconds`.
    @Test(arguments: ["tiny-2.json", "midtjylland-2026.json"])
    func sameSeedAndIterationsGiveTheSameBytes(name: String) throws {
        let (scenario, calendar) = try loadShared(name)
        let solver = StimePlanSolver(scenario: scenario, calendar: calendar)
        var first = solver.solve(PlannerOptions(seed: 11, iterations: 50))
        var second = solver.solve(PlannerOptions(seed: 11, iterations: 50))
        #expect(first.solver.iterations == 50)
        first.solver.elapsedSeconds = 0
        second.solver.elapsedSeconds = 0
        #expect(try first.jsonData() == second.jsonData())
    }

    /// The search alone (no optimality proof) reaches the tiny scenarios' known optimum
    /// (3780 and 4508) within a small budget.
    @Test(arguments: [("tiny-1.json", 3780), ("tiny-2.json", 4508)])
    func tinyScenariosReachTheirOptimum(name: String, optimum: Int) throws {
        let (scenario, calendar) = try loadShared(name)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 400, proveOptimality: false))
        #expect(plan.score.total == optimum)
        #expect(plan.unassigned.isEmpty)
    }

    /// Progress is reported with the best total and iteration count.
    @Test func progressIsReported() throws {
        let (scenario, calendar) = try loadShared("tiny-1.json")
        let seen = ProgressLog()
        _ = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, timeLimit: 0.6, progress: { seen.append($0) }))
        let last = try #require(seen.entries.last)
        #expect(last.bestTotal > 0)
        #expect(last.iterations > 0)
    }
}

/// Collects progress reports from the solving thread.
final class ProgressLog: @unchecked Sendable {
    private var items: [PlannerProgress] = []
    private let lock = NSLock()

    func append(_ p: PlannerProgress) {
        lock.lock()
        items.append(p)
        lock.unlock()
    }

    var entries: [PlannerProgress] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
