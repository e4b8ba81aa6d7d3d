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

/// What one `.ics` file says: its busy days and what was read with doubt.
public struct ExternalCalendar: Sendable, Equatable {
    /// One entry per date, in date order.
    public var busyDays: [BusyDay]
    /// Things the file says in a way that was read but may not mean what its author meant
    /// (a date written `2026-09-28T07:00:00Z`), in file order.
    public var warnings: [ExternalCalendarWarning]

    public init(busyDays: [BusyDay], warnings: [ExternalCalendarWarning] = []) {
        self.busyDays = busyDays
        self.warnings = warnings
    }
}

/// A doubt about part of an `.ics` file that did not stop it from being read.
public struct ExternalCalendarWarning: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line, where known.
    public var line: Int?
    /// A sentence for a person.
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    /// `line 7: …`, or the message alone.
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Reads calendars from elsewhere (`.ics` files) into busy days.
///
/// The model knows nothing of iCalendar; the implementation lives in `PlanCalendars`
/// (through libical) and is handed in by whoever loads a scenario.
public protocol ExternalCalendarReader: Sendable {
    /// The busy days of every event in `file` that falls inside `horizon`, recurrences
    /// expanded, cancelled and transparent events skipped, and the warnings about the file.
    ///
    /// - Parameters:
    ///   - file: the `.ics` file.
    ///   - horizon: only dates inside it are returned.
    ///   - timeZone: the scenario's time zone, in which dates and slots are read.
    ///   - slots: the scenario's slot times, to map timed events onto slots.
    /// - Throws: ``ExternalCalendarError`` when the file is missing or does not parse.
    func read(_ file: URL, horizon: DateRange, timeZone: String, slots: SlotTimes) throws(ExternalCalendarError)
        -> ExternalCalendar
}

/// Why an external calendar could not be read.
public enum ExternalCalendarError: Error, Sendable, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid iCalendar; `line` is 1-based where known.
    case malformed(file: String, line: Int?, reason: String)
}
