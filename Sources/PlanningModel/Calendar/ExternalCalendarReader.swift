import Foundation

/// What an `.ics` file says about one date: which slots its events cover.
///
/// `slots` is empty when events touch the date only outside the slot times (for example
/// an evening event): such a date still counts for `closed` and `schoolHolidays`, where
/// any part of a date counts (PROBLEM.md §1), but blocks no slot.
public struct BusyDay: Hashable, Sendable {
    public let day: CalendarDay
    public let slots: Set<Slot>

    public init(day: CalendarDay, slots: Set<Slot>) {
        self.day = day
        self.slots = slots
    }
}

/// Reads calendars from elsewhere (`.ics` files) into busy days.
///
/// The model knows nothing of iCalendar; the implementation lives in `PlanCalendars`
/// (through libical) and is handed in by whoever loads a scenario.
public protocol ExternalCalendarReader: Sendable {
    /// The busy days of every event in `file` that falls inside `horizon`, recurrences
    /// expanded, cancelled and transparent events skipped.
    ///
    /// - Parameters:
    ///   - file: the `.ics` file.
    ///   - horizon: only dates inside it are returned.
    ///   - timeZone: the scenario's time zone, in which dates and slots are read.
    ///   - slots: the scenario's slot times, to map timed events onto slots.
    /// - Throws: ``ExternalCalendarError`` when the file is missing or does not parse.
    func busyDays(in file: URL, horizon: DateRange, timeZone: String, slots: SlotTimes) throws(ExternalCalendarError)
        -> [BusyDay]
}

/// Why an external calendar could not be read.
public enum ExternalCalendarError: Error, Sendable, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid iCalendar; `line` is 1-based where known.
    case malformed(file: String, line: Int?, reason: String)
}
