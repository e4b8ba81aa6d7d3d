import PlanningModel

/// What a re-plan is checked against (REPLAN.md): the published base plan, the first day that
/// is not history, and the pins.
///
/// With a context, ``PlanChecker`` checks H13 (history) and H14 (pins), recomputes S11
/// (perturbation) against the base, and judges H1–H12 only for activities dated on or after
/// `today`, except H5 and H10, which hold for the whole plan.
public struct ReplanCheckContext: Sendable {
    /// The published plan the re-plan starts from.
    public let base: Plan
    /// Activities dated before this day are history.
    public let today: CalendarDay
    /// What must stay as the base has it.
    public let pins: Pins

    /// Creates a context; no pins by default.
    public init(base: Plan, today: CalendarDay, pins: Pins = Pins()) {
        self.base = base
        self.today = today
        self.pins = pins
    }
}
