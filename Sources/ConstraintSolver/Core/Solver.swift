/// What changed in a domain, used to subscribe a propagator to a variable.
public enum DomainEvent: Sendable {
    /// The variable became fixed to one value.
    case fix
    /// The minimum or the maximum changed (includes becoming fixed).
    case bounds
    /// Any value was removed.
    case domain
}

/// A finite-domain constraint solver: variables, propagators, a propagation queue and search.
///
/// The kernel follows MiniCP: every domain lives in reversible cells of a ``Trail``;
/// propagators are scheduled when a variable they watch changes and run until a fixpoint;
/// a wipe-out throws ``Inconsistency``. Search (``solve(branching:limits:onSolution:)``,
/// ``solveWithRestarts(branching:restarts:limits:onSolution:)``,
/// ``solveLNS(branching:neighbourhood:limits:iterationFailureLimit:initial:onSolution:)``)
/// saves and restores the trail around every decision.
///
/// A solver is a `final class`, deliberately not `Sendable`: use one per task. It owns its
/// propagators, which hold variable handles (indices) only, so nothing forms a cycle.
///
/// ```swift
/// let solver = Solver(seed: 1)
/// let x = solver.intVar(0...10), y = solver.intVar(0...10)
/// solver.addLinear([(1, x), (2, y)], .lessOrEqual, 12)
/// solver.minimize(solver.sum([(-3, x), (-1, y)]))  // maximises 3x + y
/// let result = solver.solve(branching: .firstFail([x, y]))
/// print(result.best?[x] ?? -1)
/// ```
public final class Solver {
    struct VarData {
        /// Cell of the minimum; the maximum is `cell + 1` and the size `cell + 2`.
        let cell: Int
        /// First cell of the lazily allocated presence bitset, or -1 while the domain is an interval.
        var bitsBase: Int
        let originalMin: Int
        let originalMax: Int
    }

    /// The reversible state of this solver.
    public let trail = Trail()
    @exclusivity(unchecked) var vars: [VarData] = []
    var names: [String?] = []
    @exclusivity(unchecked) var watchFix: [[Int32]] = []
    @exclusivity(unchecked) var watchBounds: [[Int32]] = []
    @exclusivity(unchecked) var watchDomain: [[Int32]] = []

    @exclusivity(unchecked) var propagators: [Propagator] = []
    @exclusivity(unchecked) var activeCells: [Int] = []
    @exclusivity(unchecked) var idempotent: [Bool] = []
    @exclusivity(unchecked) var scheduled: [Bool] = []
    @exclusivity(unchecked) var queue: [Int32] = []
    @exclusivity(unchecked) var queueHead = 0
    @exclusivity(unchecked) var running: Int = -1
    var constants: [Int: IntVar] = [:]

    /// Whether posting a constraint already failed at the root: the model has no solution.
    public internal(set) var isInfeasible = false

    /// The variable to minimise, if any (see ``minimize(_:)``).
    public internal(set) var objective: IntVar?

    /// Re-check every constraint on every solution found and stop with a precondition
    /// failure if one is violated (the invariant check).
    ///
    /// On by default in debug builds, off in release builds; tests switch it on.
    public var verifiesSolutions: Bool

    /// The injected random source of branchings and neighbourhoods.
    public var random: SplitMix64

    /// The number of propagator runs so far.
    public internal(set) var propagationCount = 0

    /// Creates an empty solver.
    ///
    /// - Parameter seed: seeds ``random``; the same model, seed and iteration limit replay
    ///   the same search.
    public init(seed: UInt64 = 0) {
        random = SplitMix64(seed: seed)
        #if DEBUG
            verifiesSolutions = true
        #else
            verifiesSolutions = false
        #endif
    }

    /// The number of variables created so far.
    public var variableCount: Int { vars.count }

    /// The number of propagators posted so far.
    public var propagatorCount: Int { propagators.count }

    // MARK: Posting

    /// Adds a constraint's propagator and propagates to a fixpoint at the root.
    ///
    /// Failure is not an error at this point: it sets ``isInfeasible`` and every later
    /// search reports ``SearchStatus/infeasible``. Constraints can only be added at the root
    /// (outside search).
    ///
    /// - Parameter propagator: a propagator not yet added to any solver.
    /// - Complexity: the propagator's post plus a fixpoint.
    public func add(_ propagator: Propagator) {
        precondition(trail.level == 0, "constraints are added at the root, outside search")
        precondition(propagator.id < 0, "a propagator is added once")
        propagator.id = propagators.count
        propagators.append(propagator)
        activeCells.append(trail.allocate(1))
        scheduled.append(false)
        idempotent.append(false)
        guard !isInfeasible else { return }
        do {
            running = propagator.id
            try propagator.post(in: self)
            running = -1
            try propagate()
        } catch {
            running = -1
            clearQueue()
            isInfeasible = true
        }
    }

    /// Declares that a propagator reaches its own fixpoint in one run, so its own domain
    /// changes do not reschedule it.
    ///
    /// - Parameter propagator: a posted propagator.
    public func markIdempotent(_ propagator: Propagator) {
        idempotent[propagator.id] = true
    }

    /// Subscribes a propagator to changes of a variable.
    ///
    /// - Parameters:
    ///   - x: the variable to watch.
    ///   - event: which changes wake the propagator.
    ///   - propagator: the subscriber, usually `self` inside ``Propagator/post(in:)``.
    /// - Complexity: amortised O(1).
    public func watch(_ x: IntVar, on event: DomainEvent, by propagator: Propagator) {
        let id = Int32(propagator.id)
        switch event {
        case .fix: watchFix[x.index].append(id)
        case .bounds: watchBounds[x.index].append(id)
        case .domain: watchDomain[x.index].append(id)
        }
    }

    /// Switches a propagator off until backtracking past this point (e.g. once entailed).
    ///
    /// - Parameter propagator: a posted propagator.
    /// - Complexity: O(1).
    public func deactivate(_ propagator: Propagator) {
        trail.set(activeCells[propagator.id], 0)
    }

    /// Whether a propagator is active at the current node.
    ///
    /// - Parameter propagator: a posted propagator.
    /// - Returns: `false` after ``deactivate(_:)`` on this branch.
    public func isActive(_ propagator: Propagator) -> Bool {
        trail.values[activeCells[propagator.id]] != 0
    }

    // MARK: Propagation

    @inline(__always)
    func schedule(_ p: Int32) {
        let i = Int(p)
        if scheduled[i] { return }
        if i == running && idempotent[i] { return }
        if trail.values[activeCells[i]] == 0 { return }
        scheduled[i] = true
        queue.append(p)
    }

    /// Wakes the watchers of `x`; `kind` is 0 when fixed, 1 on a bound change, 2 otherwise.
    @inline(__always)
    func notify(_ x: Int, kind: Int) {
        for p in watchDomain[x] { schedule(p) }
        if kind <= 1 { for p in watchBounds[x] { schedule(p) } }
        if kind == 0 { for p in watchFix[x] { schedule(p) } }
    }

    func clearQueue() {
        while queueHead < queue.count {
            scheduled[Int(queue[queueHead])] = false
            queueHead += 1
        }
        queue.removeAll(keepingCapacity: true)
        queueHead = 0
        running = -1
    }

    /// Runs scheduled propagators until none is left (a fixpoint).
    ///
    /// - Throws: ``Inconsistency`` when a propagator fails; the queue is then emptied.
    /// - Complexity: the sum of the propagators' runs until the fixpoint.
    public func propagate() throws(Inconsistency) {
        do {
            while queueHead < queue.count {
                let p = Int(queue[queueHead])
                queueHead += 1
                scheduled[p] = false
                running = p
                propagationCount &+= 1
                try propagators[p].propagate(in: self)
            }
        } catch {
            clearQueue()
            throw error
        }
        running = -1
        queue.removeAll(keepingCapacity: true)
        queueHead = 0
    }

    // MARK: Objective

    /// Makes search minimise `x` (branch and bound: each solution must be strictly better).
    ///
    /// Minimisation is the only sense: every comparison of objective values (incumbent,
    /// shared bound, portfolio, target) is "lower is better". To maximise an expression,
    /// minimise its negation (`minimize(sum([(-3, x), (-1, y)]))` maximises 3x + y; the
    /// solutions' ``Solution/objective`` is then the negated value).
    ///
    /// - Parameter x: the objective variable.
    public func minimize(_ x: IntVar) {
        objective = x
    }
}
