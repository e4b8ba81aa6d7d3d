import Synchronization

/// A parallel portfolio: independent seeded LNS workers sharing only the incumbent.
///
/// Each worker builds its own ``Solver`` (solvers are not `Sendable`) with the `build`
/// closure in its own child task of a `TaskGroup`, then runs
/// ``Solver/solveLNS(branching:neighbourhood:limits:iterationFailureLimit:initial:onSolution:)``
/// with a seed derived from `seed`. Workers publish improving solutions (a `Sendable`
/// ``Solution``) to a mutex-protected incumbent; every worker prunes with the shared
/// objective bound and restarts its neighbourhoods from the shared incumbent when it is
/// better. The result is not reproducible across runs; with `workers == 1` the search
/// runs in the calling task and is deterministic.
@available(macOS 15.0, *)
public enum Portfolio {
    /// What a worker needs: its branching and neighbourhood over its own solver.
    public struct Plan {
        /// The branching used inside neighbourhoods.
        public var branching: Branching
        /// The LNS neighbourhood.
        public var neighbourhood: Neighbourhood

        /// Creates a plan.
        ///
        /// - Parameters:
        ///   - branching: the branching.
        ///   - neighbourhood: the neighbourhood.
        public init(branching: Branching, neighbourhood: Neighbourhood) {
            self.branching = branching
            self.neighbourhood = neighbourhood
        }
    }

    /// Runs `workers` LNS workers in parallel and returns the best solution found.
    ///
    /// - Parameters:
    ///   - workers: the number of child tasks (1 = deterministic, single-threaded).
    ///   - seed: the base seed; worker i uses a stream derived from it.
    ///   - limits: the limits of each worker (time is shared wall time).
    ///   - iterationFailureLimit: failures per neighbourhood.
    ///   - build: posts the model into a fresh solver (with an objective) and returns its plan.
    /// - Returns: the best result over the workers (statistics summed).
    public static func solve(
        workers: Int, seed: UInt64, limits: SearchLimits, iterationFailureLimit: Int = 200,
        build: @escaping @Sendable (Solver) -> Plan
    ) async -> SearchResult {
        let shared = SharedIncumbent()
        let base = SplitMix64(seed: seed)
        return await withTaskGroup(of: SearchResult.self) { group in
            for w in 0..<Swift.max(1, workers) {
                let workerSeed = base.derived(stream: UInt64(w)).state
                group.addTask {
                    let solver = Solver(seed: workerSeed)
                    let plan = build(solver)
                    let context = SearchContext(limits: limits) { solution in
                        shared.state.withLock { best in
                            guard let value = solution.objective else { return }
                            if let current = best?.objective, current <= value { return }
                            best = solution
                        }
                    }
                    context.sharedBound = { shared.state.withLock { $0?.objective } }
                    context.sharedIncumbent = { shared.state.withLock { $0 } }
                    return solver.runLNS(context, plan.branching, plan.neighbourhood, iterationFailureLimit, nil)
                }
            }
            var best: SearchResult? = nil
            var statistics = SearchStatistics()
            for await result in group {
                statistics.nodes += result.statistics.nodes
                statistics.failures += result.statistics.failures
                statistics.solutions += result.statistics.solutions
                statistics.iterations += result.statistics.iterations
                statistics.elapsed = Swift.max(statistics.elapsed, result.statistics.elapsed)
                if let b = result.best?.objective {
                    if let current = best?.best?.objective, current <= b { continue }
                    best = result
                }
            }
            var final = best ?? SearchResult(status: .unknown, best: nil, statistics: statistics)
            final.best = shared.state.withLock { $0 } ?? final.best
            final.statistics = statistics
            return final
        }
    }
}

/// The incumbent shared by portfolio workers: the only state that crosses tasks.
@available(macOS 15.0, *)
final class SharedIncumbent: Sendable {
    let state = Mutex<Solution?>(nil)
}
