import Foundation
import PlanningModel

/// Plans a scenario: from the scenario to the best plan it can find with the work budget
/// given, obeying H1–H12 and minimising S1–S10 (PROBLEM.md §4–5), with a
/// reason and verified suggestions for every need it cannot assign (§6).
///
/// ```swift
/// let solver = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
/// let plan = solver.solve(PlannerOptions(seed: 1))   // default work budget; iterations: for more
/// ```
///
/// The search is a sound construction (each cohort booked only when every hard rule holds;
/// what does not fit is left unassigned) followed by large-neighbourhood search in which
/// each cohort's timing is solved exactly by dynamic programming. On small scenarios
/// ``OptimalityProof`` then proves the best plan optimal (`solver.status == .optimal`,
/// `solver.bound == score.total`) or finds a better one. Every plan it returns has
/// `score.hardViolations == 0` unless a meeting series cannot be held at all.
public struct StimePlanSolver: Sendable {
    /// The scenario being planned.
    public let scenario: Scenario
    /// Its working calendar.
    public let calendar: PlanningCalendar

    /// - Parameters:
    ///   - scenario: the scenario, with defaults applied.
    ///   - calendar: its calendar (holidays, closures, availability), usually
    ///     `PlanningCalendar(scenario:)` or the loader's calendar with `.ics` busy times.
    public init(scenario: Scenario, calendar: PlanningCalendar) {
        self.scenario = scenario
        self.calendar = calendar
    }

    /// Solves the scenario.
    ///
    /// - Parameter options: seed, work budget, time cap, suggestions, progress.
    /// - Returns: the best plan found, scored, with `solver` filled in.
    public func solve(_ options: PlannerOptions) -> Plan { run(options).plan }

    /// Solves the scenario and tells whether the time cap, not the work budget, ended it.
    ///
    /// - Parameter options: seed, work budget, time cap, suggestions, progress.
    /// - Returns: the plan and how the run ended.
    public func run(_ options: PlannerOptions) -> PlannerResult {
        let cap = TimeCap(seconds: options.timeLimit)
        let instance = Instance(scenario: scenario, calendar: calendar)
        let provable = options.proveOptimality && OptimalityProof.applies(to: instance)
        // Under a cap, a small scenario leaves most of the time to the proof; otherwise a
        // share is kept for verifying suggestions when needs are unassigned.
        let searchShare = provable ? 0.4 : 1.0
        let search = runSearch(instance, options: options, cap: cap, searchShare: searchShare)
        var best = search.best
        var solverStatus = status(best)
        var bound: Int?
        if provable, solverStatus == .feasible {
            let proofStart = cap.elapsed()
            let timeLeft = options.timeLimit.map { max(0.01, $0 * 0.85 - proofStart) }
            let proof = OptimalityProof(instance: instance)
                .run(incumbent: best, maxNodes: options.proofNodes, timeLimit: timeLeft)
            if let better = proof.improved { best = better }
            if proof.proven {
                solverStatus = .optimal
                bound = best.total
            } else {
                if proof.lowerBound > 0 { bound = proof.lowerBound }
                if let timeLeft, cap.elapsed() - proofStart >= timeLeft { cap.recordReached() }
            }
        }
        var plan = makePlan(best, instance: instance, options: options)
        var finder = SuggestionFinder(scenario: scenario, calendar: calendar, instance: instance, options: options)
        finder.cap = cap
        plan.unassigned = finder.unassigned(best)
        plan.language = options.language
        plan.solver = SolverSummary(
            status: solverStatus, seed: Int(truncatingIfNeeded: options.seed), elapsedSeconds: 0,
            iterations: search.iterations, bound: bound)
        plan.solver.elapsedSeconds = cap.elapsed()
        return PlannerResult(plan: plan, stoppedByTimeLimit: cap.wasReached)
    }

    /// Construction and improvement, without suggestions.
    ///
    /// The search runs its work budget (``PlannerOptions/iterations`` or the default) under
    /// the ``AnnealingSchedule``; at every cycle after the first it restarts from a plan of
    /// the ``ElitePool``. Under a time cap it also stops at `searchShare` of the cap (the rest
    /// is for the optimality proof) and, when suggestions are wanted and needs are
    /// unassigned, early enough to verify them (``verificationReserve(_:options:now:built:)``).
    /// `start` is the first state (a re-plan's repaired base); nil to construct one.
    func runSearch(
        _ instance: Instance, options: PlannerOptions, cap: TimeCap, searchShare: Double = 1,
        start: SearchState? = nil
    ) -> LargeNeighbourhoodSearch {
        let start = start ?? Construction(instance: instance).run { cap.stops(at: options.timeLimit) }
        let built = cap.elapsed()
        var search = LargeNeighbourhoodSearch(start: start, seed: options.seed, moves: options.moves)
        let defaultBudget = PlannerOptions.defaultIterations(needs: instance.needs.count)
        let budget = max(0, options.iterations ?? defaultBudget)
        let schedule = AnnealingSchedule(
            options.annealing, weights: instance.weights, budget: budget, defaultBudget: defaultBudget)
        var elite = ElitePool(capacity: options.annealing.elite)
        var lastReport = -1.0
        func report() {
            options.progress?(
                PlannerProgress(
                    elapsedSeconds: cap.elapsed(), bestTotal: search.bestTotal,
                    unassigned: search.best.solution.unassigned.count, iterations: search.iterations))
        }
        while search.iterations < budget {
            if let limit = options.timeLimit {
                let now = cap.elapsed()
                let end = min(
                    limit * searchShare, limit - verificationReserve(search, options: options, now: now, built: built))
                if cap.stops(at: end) { break }
            }
            if schedule.startsCycle(search.iterations) {
                elite.add(search.cycleBest)
                search.restart(from: elite.pick(&search.rng))
            }
            search.step(temperature: schedule.temperature(at: search.iterations))
            if options.progress != nil, cap.elapsed() - lastReport >= 0.25 {
                lastReport = cap.elapsed()
                report()
            }
        }
        report()
        return search
    }

    /// Seconds to keep for verifying suggestions under a time cap: none when every need is
    /// assigned (or suggestions are off); otherwise the expected cost of the re-solves (two
    /// patches per manual with unassigned needs, at most ``PlannerOptions/verificationLimit``,
    /// each a construction plus `suggestionBudget` iterations at the rate seen so far, doubled
    /// for safety), at most `verificationShare` of the cap.
    private func verificationReserve(
        _ search: LargeNeighbourhoodSearch, options: PlannerOptions, now: Double,
        built: Double
    ) -> Double {
        let unassigned = search.best.solution.unassigned
        guard options.suggestions, !unassigned.isEmpty, let limit = options.timeLimit else { return 0 }
        let manuals = Set(unassigned.map { search.instance.needs[$0].manual }).count
        let resolves = min(2 * manuals, options.verificationLimit)
        let perIteration = search.iterations > 0 ? max(0, now - built) / Double(search.iterations) : built
        let resolve = built + Double(options.suggestionBudget) * perIteration
        return min(options.verificationShare * limit, 2 * Double(resolves) * resolve + 0.05)
    }

    private func status(_ state: SearchState) -> SolverStatus {
        let missingSeries = instance(state).series.indices.filter {
            state.solution.meetings[$0].count != instance(state).series[$0].count
        }
        return missingSeries.isEmpty ? .feasible : .infeasible
    }

    private func instance(_ state: SearchState) -> Instance { state.instance }

    /// The plan document of a search state (without the solver summary's timing).
    func makePlan(_ state: SearchState, instance: Instance, options: PlannerOptions) -> Plan {
        let builder = PlanBuilder(instance: instance)
        let (cohorts, groups) = builder.cohortsAndGroups(state.solution)
        var score = builder.score(state.terms)
        score.hardViolations =
            instance.series.indices.filter {
                state.solution.meetings[$0].count != instance.series[$0].count
            }.count
        let unassigned = state.solution.unassigned.map { n in
            UnassignedNeed(
                therapist: builder.therapistID(n), manual: instance.manuals[instance.needs[n].manual].id,
                reason: .noTrainerCapacity, detail: "", suggestions: [])
        }
        return Plan(
            scenario: scenario.name, solver: SolverSummary(status: .feasible, seed: 0, elapsedSeconds: 0),
            cohorts: cohorts, supervisionGroups: groups, meetings: builder.meetings(state.solution),
            unassigned: unassigned, score: score)
    }
}

/// A plan and how the run that made it ended.
public struct PlannerResult: Sendable {
    /// The plan.
    public var plan: Plan
    /// Whether the time cap (``PlannerOptions/timeLimit``), not the work budget, ended the
    /// search, the proof or the suggestions' verification: such a run is not reproducible.
    public var stoppedByTimeLimit: Bool
}
