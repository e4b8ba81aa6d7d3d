/// How the plan was found.
public struct SolverSummary: Codable, Sendable, Equatable {
    public var status: SolverStatus
    public var seed: Int
    public var elapsedSeconds: Double
    public var iterations: Int?
    /// A proven lower bound on `score.total`, when one is known.
    public var bound: Int?

    public init(status: SolverStatus, seed: Int, elapsedSeconds: Double, iterations: Int? = nil, bound: Int? = nil) {
        self.status = status
        self.seed = seed
        self.elapsedSeconds = elapsedSeconds
        self.iterations = iterations
        self.bound = bound
    }
}
