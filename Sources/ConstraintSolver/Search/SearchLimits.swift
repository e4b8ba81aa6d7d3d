/// When to stop a search. `nil` means unlimited.
///
/// - Node: one alternative of a branching decision executed (followed by propagation).
/// - Failure: a node whose propagation failed.
/// - Iteration: in ``Solver/solveLNS(branching:neighbourhood:limits:iterationFailureLimit:initial:onSolution:)``
///   one neighbourhood (fix part of the incumbent, one depth-first search under the
///   per-iteration failure limit); in ``Solver/solveWithRestarts(branching:restarts:limits:onSolution:)``
///   one restart; plain ``Solver/solve(branching:limits:onSolution:)`` ignores it.
///
/// The wall-time limit is checked between nodes; it may stop a search earlier but never
/// changes what a node or an iteration does, so a node- or iteration-limited run with a
/// fixed seed is reproducible.
public struct SearchLimits: Sendable, Equatable {
    /// Wall-clock budget in seconds.
    public var timeLimit: Double?
    /// Maximum number of nodes.
    public var maxNodes: Int?
    /// Maximum number of failures.
    public var maxFailures: Int?
    /// Stop after this many solutions (improving solutions when optimising).
    public var maxSolutions: Int?
    /// Maximum number of iterations (LNS neighbourhoods or restarts).
    public var maxIterations: Int?

    /// Stop as soon as the objective reaches this value (e.g. a known lower bound).
    public var targetObjective: Int?

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - timeLimit: seconds of wall time.
    ///   - maxNodes: nodes.
    ///   - maxFailures: failures.
    ///   - maxSolutions: solutions.
    ///   - maxIterations: LNS neighbourhoods or restarts.
    ///   - targetObjective: stop when a solution reaches this objective value.
    public init(
        timeLimit: Double? = nil, maxNodes: Int? = nil, maxFailures: Int? = nil,
        maxSolutions: Int? = nil, maxIterations: Int? = nil, targetObjective: Int? = nil
    ) {
        self.targetObjective = targetObjective
        self.timeLimit = timeLimit
        self.maxNodes = maxNodes
        self.maxFailures = maxFailures
        self.maxSolutions = maxSolutions
        self.maxIterations = maxIterations
    }

    /// No limit at all.
    public static let none = SearchLimits()
}
