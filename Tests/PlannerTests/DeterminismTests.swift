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

    /// Progress is reported from the first iteration on, the best total never rises, and
    /// the last report is the search's end: the plan's total and iterations.
    @Test func progressIsReported() throws {
        let (scenario, calendar) = try loadShared("tiny-2.json")
        let seen = ProgressLog()
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 300, progress: { seen.append($0) }, proveOptimality: false))
        let first = try #require(seen.entries.first)
        let last = try #require(seen.entries.last)
        #expect(first.iterations == 1)
        #expect(first.bestTotal >= last.bestTotal)
        #expect(zip(seen.entries, seen.entries.dropFirst()).allSatisfy { $0.bestTotal >= $1.bestTotal })
        #expect(last.iterations == 300 && last.iterations == plan.solver.iterations)
        #expect(last.bestTotal == plan.score.total)
        #expect(last.unassigned == plan.unassigned.count)
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
