import PlanningModel

/// One thing in people's calendars: a training day, a supervision group's sessions or a
/// meeting, with its texts already rendered and the audiences whose files carry it.
struct CalendarActivity: Sendable {
    let kind: EventTemplates.Kind
    /// Stable across runs and re-plans: derived from the scenario and the activity's
    /// identity (cohort and day number, group, series and index), never from dates.
    let uid: String
    let summary: String
    let description: String
    let category: String
    /// Local start time in the scenario's time zone.
    let start: TimeOfDay
    let minutes: Int
    /// The dates: one for a training day or meeting, every session for a supervision group.
    let dates: [CalendarDay]
    /// The cadence of a supervision group, in weeks.
    let everyWeeks: Int?
    let location: String?
    let geo: GeoPoint?
    let organizer: Person?
    /// The files that carry this activity (``Audience/all`` included).
    let audiences: Set<Audience>

    /// Calendar order: first date, then start time, then `UID`.
    static func inCalendarOrder(_ lhs: CalendarActivity, _ rhs: CalendarActivity) -> Bool {
        (lhs.dates[0], lhs.start.minutes, lhs.uid) < (rhs.dates[0], rhs.start.minutes, rhs.uid)
    }
}
