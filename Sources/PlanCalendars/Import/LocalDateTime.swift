import PlanningModel

/// A wall-clock moment in the scenario's time zone: a date and minutes since midnight.
struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    var day: CalendarDay
    /// Minutes since local midnight, 0..<1440.
    var minutes: Int

    init(day: CalendarDay, minutes: Int) {
        self.day = day
        self.minutes = minutes
    }

    static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.minutes) < (rhs.day, rhs.minutes)
    }

    /// `2026-10-26 09:00`.
    var description: String { "\(day) \(TimeOfDay(hour: minutes / 60, minute: minutes % 60))" }
}
