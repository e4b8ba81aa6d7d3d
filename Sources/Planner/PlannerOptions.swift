import PlanningModel

/// How long and how reproducibly ``StimePlanSolver`` searches, and in which language it words
/// reasons and suggestions.
///
/// One *iteration* is one move of the large-neighbourhood search: a neighbourhood is
/// chosen, its cohorts (or a meeting series) are removed and re-planned, and the result is
/// accepted or undone. With ``iterations`` set the run stops after exactly that many
/// iterations and ignores ``timeLimit``, so the same seed gives the same plan byte for
/// byte (apart from `solver.elapsedSeconds`).
public struct PlannerOptions: Sendable {
    /// Seed of the random choices.
    public var seed: UInt64
    /// Wall-clock budget in seconds (ignored when ``iterations`` is set).
    public var timeLimit: Double
    /// Stop after this many iterations; makes the run reproducible.
    public var iterations: Int?
    /// Iterations of each verification re-solve behind a suggestion (PROBLEM.md §6).
    public var suggestionBudget: Int
    /// Whether unassigned needs get verified suggestions (re-solves are skipped when false).
    public var suggestions: Bool
    /// Called now and then with the search's progress (from the solving thread).
    public var progress: (@Sendable (PlannerProgress) -> Void)?
    /// Whether to try to prove the best plan optimal on small scenarios (``OptimalityProof``).
    public var proveOptimality: Bool
    /// Node budget of that proof (both stages together), so that it replays exactly.
    public var proofNodes: Int
    /// Most of ``timeLimit`` kept back for suggestion verification when needs are
    /// unassigned (time-limited runs only; the search keeps back what the re-solves are
    /// expected to take, up to this share).
    public var verificationShare: Double
    /// An extra wall-clock cap (seconds) on an iteration-limited run: verification re-solves
    /// of a time-limited run use it to stay inside the caller's limit.
    var timeCap: Double?
    /// The language of the unassigned needs' `detail` and suggestion texts (recorded in the
    /// plan's `language`).
    public var language: OutputLanguage = .da

    public init(
        seed: UInt64 = 1, timeLimit: Double = 10, iterations: Int? = nil, suggestionBudget: Int = 300,
        suggestions: Bool = true, progress: (@Sendable (PlannerProgress) -> Void)? = nil,
        proveOptimality: Bool = true, proofNodes: Int = 300_000, verificationShare: Double = 0.15
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.iterations = iterations
        self.suggestionBudget = suggestionBudget
        self.suggestions = suggestions
        self.progress = progress
        self.proveOptimality = proveOptimality
        self.proofNodes = proofNodes
        self.verificationShare = verificationShare
    }
}

/// A snapshot of a running search, for a progress line.
public struct PlannerProgress: Sendable, Equatable {
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
    /// Total of the best plan so far.
    public var bestTotal: Int
    /// Unassigned needs in the best plan so far.
    public var unassigned: Int
    /// Iterations done.
    public var iterations: Int

    public init(elapsedSeconds: Double, bestTotal: Int, unassigned: Int, iterations: Int) {
        self.elapsedSeconds = elapsedSeconds
        self.bestTotal = bestTotal
        self.unassigned = unassigned
        self.iterations = iterations
    }
}
