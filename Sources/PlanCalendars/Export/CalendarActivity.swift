import PlanningModel

/// One calendar entry: a training day, a supervision session or a meeting, with its texts
/// already rendered and the audiences whose files carry it. A cancelled entry
/// (`calendar.cancelled` of a re-plan) is one too, carried by the files of those who lost it.
struct CalendarActivity: Sendable {
    let kind: EventTemplates.Kind
    /// The entry's key (REPLAN.md, "Identity of activities").
    let key: ActivityKey
    /// Derived from ``key`` alone (``Identifiers/uid(of:)``): the same in every run, every
    /// re-plan and whatever the scenario is called.
    let uid: String
    /// The `SEQUENCE`: the plan's `calendar.sequence` for a live entry (0 when absent), the
    /// cancelled entry's own for a cancelled one.
    let sequence: Int
    /// `STATUS:CANCELLED` (and transparent) instead of `STATUS:CONFIRMED`.
    let isCancelled: Bool
    let summary: String
    let description: String
    let category: String
    let date: CalendarDay
    /// Local start time in the scenario's time zone.
    let start: TimeOfDay
    let minutes: Int
    let location: String?
    let geo: GeoPoint?
    let organizer: Person?
    /// The files that carry this entry.
    let audiences: Set<Audience>

    /// Calendar order: date, start time, `UID`, the live entry before a cancelled one.
    static func inCalendarOrder(_ lhs: CalendarActivity, _ rhs: CalendarActivity) -> Bool {
        (lhs.date, lhs.start.minutes, lhs.uid, lhs.isCancelled ? 1 : 0, -lhs.sequence)
            < (rhs.date, rhs.start.minutes, rhs.uid, rhs.isCancelled ? 1 : 0, -rhs.sequence)
    }
}
