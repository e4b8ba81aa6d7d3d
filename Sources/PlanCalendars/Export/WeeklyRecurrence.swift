import PlanningModel

/// A supervision group's sessions as one weekly rule plus moved instances.
///
/// The rule is `FREQ=WEEKLY;INTERVAL=everyWeeks;COUNT=n` from the first session. Sessions
/// the plan shifted by a week (H11 allows gaps of `E − 7`, `E`, `E + 7` days) fall off that
/// grid; the rule has exactly as many instances as there are sessions, and where the i-th
/// session differs from the rule's i-th instance, a `RECURRENCE-ID` override moves that
/// instance to the session's date. Instance i always shows session i, so no instance is
/// moved past another (Outlook refuses such moves). Overrides are what Outlook, Google
/// Calendar and Apple Calendar write themselves; Outlook ignores `RDATE`.
struct WeeklyRecurrence: Equatable, Sendable {
    /// The first session (the rule's `DTSTART`).
    let first: CalendarDay
    let intervalWeeks: Int
    /// Instances of the rule (`COUNT`).
    let count: Int
    /// Grid instances moved to another date: `RECURRENCE-ID` date → session date.
    let moves: [Move]

    struct Move: Equatable, Sendable {
        let from: CalendarDay
        let to: CalendarDay
    }

    /// - Parameters:
    ///   - sessions: the session dates, increasing (at least one).
    ///   - everyWeeks: the manual's cadence in weeks.
    init(sessions: [CalendarDay], everyWeeks: Int) {
        precondition(!sessions.isEmpty, "a recurrence needs at least one session")
        let first = sessions[0]
        let interval = max(1, everyWeeks)
        self.first = first
        intervalWeeks = interval
        count = sessions.count
        let grid = (0..<sessions.count).map { first.adding(days: $0 * interval * 7) }
        moves = zip(grid, sessions).filter { $0 != $1 }.map { Move(from: $0, to: $1) }
    }

    /// The dates a calendar shows: the rule's instances with the moves applied, in order.
    var dates: [CalendarDay] {
        let moved = Dictionary(uniqueKeysWithValues: moves.map { ($0.from, $0.to) })
        return (0..<count).map { first.adding(days: $0 * intervalWeeks * 7) }.map { moved[$0] ?? $0 }.sorted()
    }

    /// The `RRULE` value.
    var rule: String { "FREQ=WEEKLY;INTERVAL=\(intervalWeeks);COUNT=\(count)" }
}
