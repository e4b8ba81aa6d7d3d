import PlanningModel

/// What a re-plan starts from (REPLAN.md): the published plan, the first day that is not
/// history, and what the project lead has pinned.
public struct ReplanRequest: Sendable {
    /// The published plan.
    public var base: Plan
    /// Activities dated before this day are history (H13).
    public var today: CalendarDay
    /// Cohorts, groups, meetings and memberships to keep as they are (H14).
    public var pins: Pins
    /// The base plan's total under the new scenario (`base.total` of the re-plan), when known.
    public var baseTotal: Int?

    public init(base: Plan, today: CalendarDay, pins: Pins = Pins(), baseTotal: Int? = nil) {
        self.base = base
        self.today = today
        self.pins = pins
        self.baseTotal = baseTotal
    }
}
