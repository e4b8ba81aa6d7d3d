import PlanningModel

/// A supervision group's sessions as one weekly rule plus moved instances.
///
/// The rule is `FREQ=WEEKLY;INTERVAL=everyWeeks;COUNT=n` from the first session. Sessions
/// the plan shifted by a week (H11 allows gaps of `E − 7`, `E`, `E + 7` days) fall off that
/// grid; each is written as a `RECURRENCE-ID` override that moves one unused grid instance
/// to the session's date. Since the rule has exactly as many instances as there are
/// sessions, the grid instances not used and the sessions not on the grid are equally
/// many, and pairing them in order moves no instance past another. Overrides are what
/// Outlook, Google Calendar and Apple Calendar write themselves; Outlook ignores `RDATE`.
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
        let gridSet = Set(grid)
        let sessionSet = Set(sessions)
        let unused = grid.filter { !sessionSet.contains($0) }
        let offGrid = sessions.filter { !gridSet.contains($0) }
        moves = zip(unused, offGrid).map { Move(from: $0, to: $1) }
    }

    /// The dates a calendar shows: the rule's instances with the moves applied, in order.
    var dates: [CalendarDay] {
        let moved = Dictionary(uniqueKeysWithValues: moves.map { ($0.from, $0.to) })
        return (0..<count).map { first.adding(days: $0 * intervalWeeks * 7) }.map { moved[$0] ?? $0 }.sorted()
    }

    /// The `RRULE` value.
    var rule: String { "FREQ=WEEKLY;INTERVAL=\(intervalWeeks);COUNT=\(count)" }
}
