import ConstraintSolver

/// Proves (or improves) the search's best plan on small scenarios with ``ConstraintSolver``.
///
/// Two stages, both constraint models:
///
/// 1. **Structure** (this type): who is in which cohort, each cohort's venue and trainers,
///    the supervision groups with their venue and supervisor. Every structure is enumerated
///    once (symmetry broken by value precedence: cohort `i` and group `i` of a manual are
///    the ones whose first member comes `i`-th in scenario order), unless a **lower bound**
///    on the total of every plan with that structure already reaches the incumbent. The
///    bound is exact for S1, S2, S4 and S7, and valid for the rest: S3 counts each need's
///    own earliest possible last training day, S6 counts a psychologist's training days plus
///    their sessions (two per date at most when the slot is `any`, one otherwise), and S5,
///    S9 and S10 count 0.
/// 2. **Timing** (``TimingModel``): for every structure whose bound is below the incumbent,
///    the exact joint timing of all cohorts and groups, by branch and bound under the cut
///    `total ≤ incumbent − 1`.
///
/// When both stages run to completion, no plan is cheaper than the incumbent (or than the
/// better plan the proof found): the total is optimal. The proof only runs on scenarios
/// that pass ``applies(to:)`` (no meeting series, few needs) and gives up, proving nothing,
/// when its node or time budget runs out.
struct OptimalityProof {
    let instance: Instance

    /// What the proof established.
    struct Outcome {
        /// Whether the incumbent (or `improved`) is proven optimal.
        var proven: Bool
        /// A plan cheaper than the incumbent, when the proof found one.
        var improved: SearchState?
        /// Structures whose timing was solved.
        var structures: Int
        /// Nodes of both stages.
        var nodes: Int
        /// A proven lower bound on every plan's total, also when the proof is incomplete:
        /// the structure model's bound after propagation at the root (at most the incumbent).
        var lowerBound: Int
    }

    /// The most training days and supervision sessions of a manual the proof takes on.
    static let largestTrainingDays = 10
    static let largestSessions = 12

    /// Whether the scenario is small enough for an exhaustive proof, and of a shape the
    /// models cover (no meeting series; every manual in use needs trainers, 1…10 days and
    /// 1…12 sessions).
    static func applies(to instance: Instance) -> Bool {
        guard instance.series.isEmpty, instance.needs.count <= 12, instance.dayCount <= 200,
            instance.psychologistCount <= 8, instance.venueCount <= 6
        else { return false }
        let used = instance.needsOfManual.indices.filter { !instance.needsOfManual[$0].isEmpty }
        guard used.count <= 2 else { return false }
        return used.allSatisfy {
            let m = instance.manuals[$0]
            // Each structure's timing model grows with days × sessions × horizon, and its
            // building is not counted in `proofNodes`: only real manuals' sizes are proven.
            return m.training.trainers >= 1 && (1...OptimalityProof.largestTrainingDays).contains(m.training.days)
                && (1...OptimalityProof.largestSessions).contains(m.supervision.sessions)
        }
    }

    /// Runs the proof against `incumbent`.
    ///
    /// - Parameters:
    ///   - incumbent: the best plan of the search (an upper bound).
    ///   - maxNodes: node budget of both stages together (deterministic).
    ///   - timeLimit: seconds, or nil for no wall-clock limit.
    ///   - upperBound: the bound to beat, when not the incumbent's total (tests pass a
    ///     weaker one so that the models must find the optimum themselves).
    /// - Returns: whether optimality is proven, and a better plan if one was found.
    func run(incumbent: SearchState, maxNodes: Int, timeLimit: Double?, upperBound: Int? = nil) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        var upper = upperBound ?? incumbent.total
        var improved: SearchState?
        var complete = true
        var nodes = 0
        var structures = 0
        let timing = TimingModel(instance: instance)
        let model = StructureModel(instance: instance, upperBound: upper)
        guard !model.solver.isInfeasible else {
            return Outcome(proven: true, improved: nil, structures: 0, nodes: 0, lowerBound: upper)
        }
        // Propagation is sound, so every plan below `upper` has a bound ≥ this root minimum.
        let rootBound = min(upper, model.solver.min(model.lowerBound))
        let result = model.solver.solve(
            branching: model.branching,
            limits: SearchLimits(timeLimit: timeLimit, maxNodes: maxNodes)
        ) { solution in
            guard complete, solution[model.lowerBound] < upper else { return }
            let (cohorts, unassigned) = model.structure(solution)
            structures += 1
            var limits = SearchLimits(maxNodes: max(1, maxNodes - nodes))
            if let timeLimit { limits.timeLimit = max(0.001, timeLimit - elapsed()) }
            let outcome = timing.solve(cohorts, unassigned: unassigned, below: upper, limits: limits)
            nodes += outcome.nodes
            if !outcome.complete { complete = false }
            guard let (timed, total) = outcome.best else { return }
            // Re-book and re-score from scratch: the plan must fit and score exactly as the model says.
            var state = SearchState(instance: instance)
            for c in timed {
                guard state.usage.addCohort(instance, c) else {
                    complete = false
                    return
                }
                state.appendBooked(c)
            }
            state.markUnassigned(model.unassignedNeeds(solution))
            guard state.total == total, state.terms == Evaluator.fromScratch(instance, state.solution) else {
                complete = false
                return
            }
            upper = total
            improved = state
        }
        nodes += result.statistics.nodes
        let exhausted = result.status == .optimal || result.status == .infeasible
        let proven = complete && exhausted
        return Outcome(
            proven: proven, improved: improved, structures: structures, nodes: nodes,
            lowerBound: proven ? upper : rootBound)
    }
}
