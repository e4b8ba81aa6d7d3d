import CLibical
import Foundation
import PlanningModel

/// Reads `.ics` files (Outlook, Google Calendar, Apple Calendar, holiday lists) into busy
/// days, through libical.
///
/// Every `VEVENT` counts, recurrences expanded (`RRULE`, `RDATE`, `EXDATE`, `RECURRENCE-ID`
/// overrides), except events with `STATUS:CANCELLED` or `TRANSP:TRANSPARENT`. Times are
/// read in their own time zone (a `VTIMEZONE` in the file, an IANA name, UTC) and mapped
/// to dates and slots of the scenario's time zone; floating times and all-day dates are
/// taken as they are written.
///
/// A file that libical cannot parse cleanly (any `X-LIC-ERROR`) is rejected with the line
/// of the first problem; nothing is guessed.
public struct LibicalCalendarReader: ExternalCalendarReader {
    /// Creates a reader.
    public init() {}

    /// The busy days of every event in `file` inside `horizon`, and warnings about the file.
    ///
    /// - Parameters:
    ///   - file: the `.ics` file.
    ///   - horizon: only dates inside it are returned.
    ///   - timeZone: the scenario's IANA time zone, in which dates and slots are read.
    ///   - slots: the scenario's slot times.
    /// - Returns: one ``BusyDay`` per date, in date order; warnings (such as a date written
    ///   `2026-09-28T07:00:00Z`, or a rule too dense to expand exactly) in line order.
    /// - Throws: ``ExternalCalendarError/unreadable(file:reason:)`` when the file cannot be
    ///   read, ``ExternalCalendarError/malformed(file:line:reason:)`` when it is not valid
    ///   iCalendar (with the 1-based line where known).
    public func read(_ file: URL, horizon: DateRange, timeZone: String, slots: SlotTimes)
        throws(ExternalCalendarError) -> ExternalCalendar
    {
        let text = try Self.read(file)
        let expansion = try expand(text, file: file.path, window: horizon, timeZone: timeZone, slots: slots)
        return ExternalCalendar(
            busyDays: BusyDayMapper(horizon: horizon, slots: slots).busyDays(expansion.occurrences),
            warnings: expansion.warnings)
    }

    /// The expanded occurrences of the events in `text` that touch `window`, and the
    /// warnings about it.
    func expand(_ text: String, file: String, window: DateRange, timeZone: String, slots: SlotTimes = SlotTimes())
        throws(ExternalCalendarError) -> EventExpander.Expansion
    {
        do {
            return try Libical.run { () throws(LibicalError) -> EventExpander.Expansion in
                guard let zone = EventExpander.zone(named: timeZone) else {
                    throw LibicalError(line: nil, message: "unknown time zone '\(timeZone)' (is tzdata installed?)")
                }
                let calendar = try ICalParser.parse(text)
                return try EventExpander(zone: zone, window: window, slots: slots).expand(calendar.view, source: text)
            }
        } catch {
            throw error.externalError(file: file)
        }
    }

    static func read(_ file: URL) throws(ExternalCalendarError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            let reason = FileManager.default.fileExists(atPath: file.path) ? "cannot be read" : "no such file"
            throw .unreadable(file: file.path, reason: reason)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
