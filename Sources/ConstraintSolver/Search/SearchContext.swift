/// The mutable state of one search call: limits, counters, the incumbent, the callback.
final class SearchContext {
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    let limits: SearchLimits
    let onSolution: (Solution) -> Void
    var statistics = SearchStatistics()
    var best: Solution?
    /// A global limit was hit: every loop unwinds.
    var stopped = false
    /// Calls of ``checkLimits()``, to read the clock only every 16th time.
    var checks = 0
    /// An outside bound on the objective (portfolio); consulted at every node.
    var sharedBound: (() -> Int?)?
    /// An outside incumbent (portfolio); LNS restarts from it when it is better.
    var sharedIncumbent: (() -> Solution?)?

    init(limits: SearchLimits, onSolution: @escaping (Solution) -> Void) {
        start = clock.now
        self.limits = limits
        self.onSolution = onSolution
    }

    var elapsed: Double {
        let d = clock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Checks the global limits; sets ``stopped``.
    func checkLimits() -> Bool {
        if stopped { return true }
        if let target = limits.targetObjective, let value = best?.objective, value <= target {
            stopped = true
        }
        if let m = limits.maxNodes, statistics.nodes >= m { stopped = true }
        if let m = limits.maxFailures, statistics.failures >= m { stopped = true }
        if let m = limits.maxSolutions, statistics.solutions >= m { stopped = true }
        checks &+= 1
        if let t = limits.timeLimit, checks & 15 == 0 || checks < 16, elapsed >= t {
            stopped = true
        }
        return stopped
    }

    func result(exhausted: Bool) -> SearchResult {
        statistics.elapsed = elapsed
        let status: SearchStatus =
            exhausted ? (best == nil ? .infeasible : .optimal) : (best == nil ? .unknown : .feasible)
        return SearchResult(status: status, best: best, statistics: statistics)
    }
}
