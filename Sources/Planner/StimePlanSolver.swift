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
/// each cohort's timing is solved exactly by dynamic programming. Every plan it returns has
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
        let search = runSearch(instance, options: options, elapsed: elapsed)
        let best = search.best
        var plan = makePlan(best, instance: instance, options: options)
        var finder = SuggestionFinder(scenario: scenario, calendar: calendar, instance: instance, options: options)
        plan.unassigned = finder.unassigned(best)
        plan.solver = SolverSummary(
            status: status(best), seed: Int(truncatingIfNeeded: options.seed), elapsedSeconds: 0,
            iterations: search.iterations, bound: nil)
        plan.solver.elapsedSeconds = elapsed()
        return plan
    }

    /// Construction and improvement, without suggestions.
    func runSearch(_ instance: Instance, options: PlannerOptions, elapsed: () -> Double) -> LargeNeighbourhoodSearch {
        let start = Construction(instance: instance).run { options.iterations == nil && elapsed() >= options.timeLimit }
        var search = LargeNeighbourhoodSearch(start: start, seed: options.seed)
        let limit = options.iterations
        let hot = 300.0, cold = 3.0
        var lastReport = -1.0
        while true {
            let fraction: Double
            if let limit {
                if search.iterations >= limit { break }
                fraction = Double(search.iterations) / Double(max(1, limit))
            } else {
                let t = elapsed()
                if t >= options.timeLimit { break }
                fraction = t / max(1e-9, options.timeLimit)
            }
            let temperature = hot * pow(cold / hot, fraction)
            search.step(temperature: temperature)
            if let progress = options.progress {
                let t = elapsed()
                if t - lastReport >= 0.25 {
                    lastReport = t
                    progress(PlannerProgress(elapsedSeconds: t, bestTotal: search.bestTotal,
                                             unassigned: search.best.solution.unassigned.count, iterations: search.iterations))
                }
            }
        }
        return search
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
        score.hardViolations = instance.series.indices.filter {
            state.solution.meetings[$0].count != instance.series[$0].count
        }.count
        let unassigned = state.solution.unassigned.map { n in
            UnassignedNeed(therapist: builder.therapistID(n), manual: instance.manuals[instance.needs[n].manual].id,
                           reason: .noTrainerCapacity, detail: "", suggestions: [])
        }
        return Plan(scenario: scenario.name, solver: SolverSummary(status: .feasible, seed: 0, elapsedSeconds: 0),
                    cohorts: cohorts, supervisionGroups: groups, meetings: builder.meetings(state.solution),
                    unassigned: unassigned, score: score)
    }
}
