import Foundation
import PlanningModel

extension StimePlanSolver {
    /// Re-plans a published plan for the scenario as it is now (REPLAN.md).
    ///
    /// ```swift
    /// let request = ReplanRequest(base: published, today: CalendarDay("2026-06-01")!, pins: pins)
    /// let plan = StimePlanSolver(scenario: changed, calendar: calendar).replan(request, PlannerOptions(iterations: 2000))
    /// ```
    ///
    /// The search starts from the base (``ReplanStart``): what happened before `today` and
    /// what is pinned stays (H13, H14), everything else may move at the price of the
    /// perturbation term S11, which the search minimises with S1–S10. Cohorts and groups
    /// keep their base ids; new ones get ids no base activity used. The plan carries `base`,
    /// `changes`, `calendar` (SEQUENCE numbers and cancelled entries) and `score.terms.S11`; unassigned needs have reasons and suggestions
    /// verified by re-planning with the change applied.
    ///
    /// - Parameters:
    ///   - request: the base plan, today, pins and (optionally) the base's total.
    ///   - options: as for ``solve(_:)``; no optimality proof is attempted.
    /// - Returns: the re-plan. `score.hardViolations` counts what history and pins force
    ///   on it that the new scenario forbids (a started cohort's trainer now away).
    public func replan(_ request: ReplanRequest, _ options: PlannerOptions) -> Plan {
        let cap = TimeCap(seconds: options.timeLimit)
        let instance = Instance.replanning(scenario: scenario, calendar: calendar, request: request)
        let (start, conflicts) = ReplanStart(instance: instance).run()
        let search = runSearch(instance, options: options, cap: cap, start: start)
        let best = search.best
        var plan = makePlan(best, instance: instance, options: options)
        plan.score.hardViolations += conflicts
        var finder = SuggestionFinder(scenario: scenario, calendar: calendar, instance: instance, options: options)
        finder.cap = cap
        plan.unassigned = finder.unassigned(best)
        plan.language = options.language
        plan.solver = SolverSummary(
            status: plan.score.hardViolations == 0 ? .feasible : .infeasible,
            seed: Int(truncatingIfNeeded: options.seed), elapsedSeconds: 0, iterations: search.iterations)
        plan.base = PlanBase(scenario: request.base.scenario, today: request.today, total: request.baseTotal)
        plan.changes = PlanChanges(scenario: scenario, today: request.today).changes(from: request.base, to: plan)
        plan.calendar = PlanCalendarRecord.replanning(
            base: request.base, plan: plan, scenario: scenario, today: request.today)
        plan.solver.elapsedSeconds = cap.elapsed()
        return plan
    }
}

extension Instance {
    /// The instance of a re-plan: the days before `today` closed to new activities, and the
    /// base attached as ``replan``.
    static func replanning(scenario: Scenario, calendar: PlanningCalendar, request: ReplanRequest) -> Instance {
        var instance = Instance(scenario: scenario, calendar: calendar)
        let context = ReplanContext(instance: instance, request: request)
        for d in 0..<min(max(0, context.todayIndex), instance.dayCount) { instance.isWorkday[d] = false }
        instance.replan = context
        return instance
    }
}
