import PlanningModel

/// One occurrence of a calendar event after recurrences are expanded, in the scenario's
/// time zone.
struct EventOccurrence: Hashable, Sendable, CustomStringConvertible {
    /// The event's `UID`.
    var uid: String
    /// True for an event whose `DTSTART` is a date (`VALUE=DATE`).
    var allDay: Bool
    var start: LocalDateTime
    /// Exclusive end; for an all-day event, midnight after its last day.
    var end: LocalDateTime

    var description: String { "\(uid) \(start)–\(end)\(allDay ? " (all day)" : "")" }
}
