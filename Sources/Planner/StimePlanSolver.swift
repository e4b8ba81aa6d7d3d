import Foundation
import PlanningModel

/// Plans a scenario: from the scenario to the best plan it can find in the time or
/// iterations given, obeying H1–H12 and minimising S1–S10 (PROBLEM.md §4–5), with a
/// reason and verified suggestions for every need it cannot assign (§6).
///
/// ```swift
/// let solver = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
/// let plan = solver.solve(PlannerOptions(seed: 1, timeLimit: 10))
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
    /// - Parameter options: seed, time or iteration limit, suggestion budget, progress.
    /// - Returns: the best plan found, scored, with `solver` filled in.
    public func solve(_ options: PlannerOptions) -> Plan {
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let instance = Instance(scenario: scenario, calendar: calendar)
        let provable = options.proveOptimality && OptimalityProof.applies(to: instance)
        // Time-limited runs: a small scenario leaves most of the time to the proof; otherwise
        // a share is kept for verifying suggestions when needs are unassigned.
        let searchShare = provable ? 0.4 : 1.0
        let search = runSearch(instance, options: options, elapsed: elapsed, searchShare: searchShare)
        var best = search.best
        var solverStatus = status(best)
        var bound: Int?
        if provable, solverStatus == .feasible {
            let timeLeft = options.iterations == nil ? max(0.01, options.timeLimit * 0.85 - elapsed()) : nil
            let proof = OptimalityProof(instance: instance)
                .run(incumbent: best, maxNodes: options.proofNodes, timeLimit: timeLeft)
            if let better = proof.improved { best = better }
            if proof.proven {
                solverStatus = .optimal
                bound = best.total
            } else if proof.lowerBound > 0 {
                bound = proof.lowerBound
            }
        }
        var plan = makePlan(best, instance: instance, options: options)
        var finder = SuggestionFinder(scenario: scenario, calendar: calendar, instance: instance, options: options)
        if options.iterations == nil { finder.secondsLeft = { options.timeLimit - elapsed() } }
        plan.unassigned = finder.unassigned(best)
        plan.language = options.language
        plan.solver = SolverSummary(
            status: solverStatus, seed: Int(truncatingIfNeeded: options.seed), elapsedSeconds: 0,
            iterations: search.iterations, bound: bound)
        plan.solver.elapsedSeconds = elapsed()
        return plan
    }

    /// Construction and improvement, without suggestions.
    ///
    /// - Parameters:
    ///   - searchShare: the share of a time limit the search may use (the rest is for the
    ///     optimality proof); when suggestions are wanted and the best plan leaves needs
    ///     unassigned, the search also stops early enough to verify suggestions
    ///     (``verificationReserve(_:options:now:built:)``).
    ///   - start: the first state (a re-plan's repaired base); nil to construct one.
    func runSearch(
        _ instance: Instance, options: PlannerOptions, elapsed: () -> Double,
        searchShare: Double = 1, start: SearchState? = nil
    ) -> LargeNeighbourhoodSearch {
        let start =
            start
            ?? Construction(instance: instance).run { options.iterations == nil && elapsed() >= options.timeLimit }
        let built = elapsed()
        var search = LargeNeighbourhoodSearch(start: start, seed: options.seed)
        let limit = options.iterations
        let hot = 300.0
        let cold = 3.0
        var lastReport = -1.0
        while true {
            let fraction: Double
            if let limit {
                if search.iterations >= limit { break }
                if let cap = options.timeCap, elapsed() >= cap { break }
                fraction = Double(search.iterations) / Double(max(1, limit))
            } else {
                let t = elapsed()
                let end = min(
                    options.timeLimit * searchShare,
                    options.timeLimit - verificationReserve(search, options: options, now: t, built: built))
                if t >= end { break }
                fraction = t / max(1e-9, end)
            }
            let temperature = hot * pow(cold / hot, fraction)
            search.step(temperature: temperature)
            if let progress = options.progress {
                let t = elapsed()
                if t - lastReport >= 0.25 {
                    lastReport = t
                    progress(
                        PlannerProgress(
                            elapsedSeconds: t, bestTotal: search.bestTotal,
                            unassigned: search.best.solution.unassigned.count, iterations: search.iterations))
                }
            }
        }
        return search
    }

    /// Seconds to keep for verifying suggestions: none when every need is assigned (or
    /// suggestions are off); otherwise the expected cost of the re-solves (two patches per
    /// manual with unassigned needs, each a construction plus `suggestionBudget` iterations at
    /// the rate seen so far, doubled for safety), at most `verificationShare` of the limit.
    private func verificationReserve(
        _ search: LargeNeighbourhoodSearch, options: PlannerOptions, now: Double,
        built: Double
    ) -> Double {
        let unassigned = search.best.solution.unassigned
        guard options.suggestions, !unassigned.isEmpty else { return 0 }
        let manuals = Set(unassigned.map { search.instance.needs[$0].manual }).count
        let perIteration = search.iterations > 0 ? max(0, now - built) / Double(search.iterations) : built
        let resolve = built + Double(options.suggestionBudget) * perIteration
        return min(options.verificationShare * options.timeLimit, 2 * 2 * Double(manuals) * resolve + 0.05)
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
