import PlanningModel

/// How much work ``StimePlanSolver`` does, how it searches, and in which language it words
/// reasons and suggestions.
///
/// One *iteration* is one move of the large-neighbourhood search: a neighbourhood is
/// chosen, its cohorts (or a meeting series) are removed and re-planned, and the result is
/// accepted or undone. The search stops after a **work budget** of ``iterations`` (by
/// default ``defaultIterations(needs:)``), the optimality proof after ``proofNodes`` nodes
/// and the suggestions after ``verificationLimit`` re-solves of ``suggestionBudget``
/// iterations each, so the same scenario, seed and options give the same plan byte for byte
/// (apart from `solver.elapsedSeconds`). ``timeLimit`` is only a safety cap: when it ends
/// the work instead, ``PlannerResult/stoppedByTimeLimit`` says so and the run is not
/// reproducible.
public struct PlannerOptions: Sendable {
    /// Seed of the random choices.
    public var seed: UInt64
    /// Wall-clock safety cap in seconds on the whole solve, or nil for none.
    public var timeLimit: Double?
    /// The search's work budget in iterations; nil for ``defaultIterations(needs:)``.
    public var iterations: Int?
    /// Iterations of each verification re-solve behind a suggestion (PROBLEM.md §6).
    public var suggestionBudget: Int
    /// Most verification re-solves in one solve (each a construction plus
    /// ``suggestionBudget`` iterations): bounds the work after the search whatever the number
    /// of unassigned needs; suggestions beyond it stay unverified.
    public var verificationLimit: Int
    /// Whether unassigned needs get verified suggestions (re-solves are skipped when false).
    public var suggestions: Bool
    /// Called now and then with the search's progress (from the solving thread).
    public var progress: (@Sendable (PlannerProgress) -> Void)?
    /// Whether to try to prove the best plan optimal on small scenarios (``OptimalityProof``).
    public var proveOptimality: Bool
    /// Node budget of that proof (both stages together), so that it replays exactly.
    public var proofNodes: Int
    /// Under a ``timeLimit``: most of it kept back for suggestion verification when needs are
    /// unassigned (the search keeps back what the re-solves are expected to take, up to this
    /// share), so that the cap also holds for the re-solves.
    public var verificationShare: Double
    /// The language of the unassigned needs' `detail` and suggestion texts (recorded in the
    /// plan's `language`).
    public var language: OutputLanguage = .da
    /// The simulated-annealing schedule of the search.
    public var annealing = Annealing()
    /// How often each kind of move is tried.
    public var moves = MoveMix()

    public init(
        seed: UInt64 = 1, timeLimit: Double? = nil, iterations: Int? = nil, suggestionBudget: Int = 300,
        verificationLimit: Int = 8, suggestions: Bool = true, progress: (@Sendable (PlannerProgress) -> Void)? = nil,
        proveOptimality: Bool = true, proofNodes: Int = 300_000, verificationShare: Double = 0.15
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.iterations = iterations
        self.suggestionBudget = suggestionBudget
        self.verificationLimit = verificationLimit
        self.suggestions = suggestions
        self.progress = progress
        self.proveOptimality = proveOptimality
        self.proofNodes = proofNodes
        self.verificationShare = verificationShare
    }

    /// The default work budget of a scenario with `needs` needs: 10 000 · 1000 / (1000 +
    /// needs) iterations, rounded down to hundreds (9 100 for 96 needs, 6 700 for 482, 3 900
    /// for 1 544).
    ///
    /// An iteration's cost grows with the scenario (about 0.5 ms at 100 needs, 0.7 ms at 500
    /// and 1.2 ms at 1 500 on one core of the reference machine, release build), roughly as
    /// 1 + needs / 1000, so the default search takes about 5 s of one core at every size and
    /// the whole `plan` command fits well inside its 10 s cap.
    public static func defaultIterations(needs: Int) -> Int {
        max(100, 10_000 * 1000 / (1000 + max(0, needs)) / 100 * 100)
    }
}

/// The simulated-annealing schedule: the search runs in *cycles*, each cooling
/// geometrically from a hot to a cold temperature, and every cycle after the first restarts
/// from a plan of an elite pool (the best plans the earlier cycles ended with). A budget of
/// up to ``cycle`` default budgets is one cycle.
///
/// Temperatures are multiples of the scenario's *weight scale*, the median of the weights of
/// S2–S10 (100 with the default weights), so scaling every weight scales the temperatures
/// alike and the search behaves the same.
public struct Annealing: Sendable, Equatable {
    /// First temperature of the first cycle: an uphill move of 3 weight units (a split, 3
    /// groups without continuity) is still taken about one time in three, so the search
    /// leaves the construction's basin.
    public var hot = 3.0
    /// Last temperature of every cycle: a step of one weight unit is taken once in e^33, so a
    /// cycle ends in a local optimum.
    public var cold = 0.03
    /// First temperature of a restart cycle, as a share of ``hot``: it starts from an elite
    /// plan, which is worth keeping near, so it shakes less than the first cycle.
    public var reheat = 0.3
    /// Iterations of one cycle, in default budgets (``PlannerOptions/defaultIterations(needs:)``,
    /// about 5 s of work each): up to 12 (about a minute) a run is one cooling, stretched over
    /// its budget, which measured better than restarts of one default budget each (6 budgets,
    /// seed 1: 112 468 against 112 734 on midtjylland-2026, 778 725 against 810 817 on a
    /// generated N = 98); a longer run repeats such minute-long coolings from the elite pool.
    public var cycle = 12.0
    /// Plans kept in the elite pool: a few, so restarts diversify without leaving the best
    /// region.
    public var elite = 4

    public init() {}
}

/// The share of each move of the large-neighbourhood search, in per cent of the moves (the
/// shares of the structural moves add up to 100).
public struct MoveMix: Sendable, Equatable {
    /// Insert an unassigned need, tried first while some are unassigned: inserting is what
    /// S1's weight rewards most, but the other moves make the room for it.
    public var insertUnassigned = 15
    /// Move some of one municipality's therapists to a sibling cohort: the main lever on S2
    /// and S4, hence the largest share.
    public var moveMembers = 22
    /// Swap two therapists between sibling cohorts: fixes what moving blocks cannot (full
    /// cohorts).
    public var swapMembers = 12
    /// A new venue and trainers for one cohort (S2).
    public var newVenue = 12
    /// New trainers at the same venue (S2, S6).
    public var newTrainers = 12
    /// Re-form, re-supervise or rebalance the supervision groups of a cohort (S2, S7, S9,
    /// S10): groups are where most small costs are.
    public var regroup = 14
    /// Re-time one cohort against everyone else (S3, S5, S6, S9, S10).
    public var retime = 12
    /// Merge two cohorts or split one: rarer, because most merges and splits do not fit.
    public var mergeOrSplit = 6
    /// Re-plan a meeting series against the cohorts now in place (S2, S5, S8).
    public var replanMeetings = 5
    /// Re-time two cohorts in turn, so that two cohorts can trade dates.
    public var retimeTwo = 5

    public init() {}

    /// The share of one structural move.
    func share(of move: Move) -> Int {
        switch move {
        case .moveMembers: moveMembers
        case .swapMembers: swapMembers
        case .newVenue: newVenue
        case .newTrainers: newTrainers
        case .regroup: regroup
        case .retime: retime
        case .mergeOrSplit: mergeOrSplit
        case .replanMeetings: replanMeetings
        case .retimeTwo: retimeTwo
        }
    }

    /// The sum of the structural moves' shares (every move but ``insertUnassigned``).
    var total: Int { Move.allCases.reduce(0) { $0 + share(of: $1) } }
}

/// The structural moves of the large-neighbourhood search, in the order ``MoveMix`` lists them.
enum Move: CaseIterable {
    case moveMembers, swapMembers, newVenue, newTrainers, regroup, retime, mergeOrSplit, replanMeetings, retimeTwo
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
