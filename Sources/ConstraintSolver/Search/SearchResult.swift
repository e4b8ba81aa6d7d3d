/// How a search ended.
public enum SearchStatus: Sendable, Equatable {
    /// The search space was exhausted with a solution: the best solution is optimal
    /// (for a satisfaction search, every solution was reported).
    case optimal
    /// A limit stopped the search after at least one solution.
    case feasible
    /// The search space was exhausted without a solution.
    case infeasible
    /// A limit stopped the search before any solution.
    case unknown
}

/// Counters of one search.
public struct SearchStatistics: Sendable, Equatable {
    /// Nodes (branch alternatives executed).
    public var nodes = 0
    /// Failed nodes.
    public var failures = 0
    /// Solutions reported.
    public var solutions = 0
    /// LNS neighbourhoods or restarts run.
    public var iterations = 0
    /// Wall-clock seconds.
    public var elapsed = 0.0
    /// Wall-clock seconds when the best solution was found.
    public var timeToBest = 0.0

    /// Creates zeroed statistics.
    public init() {}
}

/// The outcome of a search.
public struct SearchResult: Sendable {
    /// How the search ended.
    public var status: SearchStatus
    /// The last (best) solution, if any.
    public var best: Solution?
    /// Counters.
    public var statistics: SearchStatistics

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - status: how the search ended.
    ///   - best: the best solution.
    ///   - statistics: counters.
    public init(status: SearchStatus, best: Solution?, statistics: SearchStatistics) {
        self.status = status
        self.best = best
        self.statistics = statistics
    }
}
