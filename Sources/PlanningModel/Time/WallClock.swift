import Foundation

/// Turns a scenario's local dates and wall-clock times into instants (PROBLEM.md §1).
///
/// A 09:00 session stays at 09:00 local time across a daylight-saving change: on
/// 2026-03-29 Europe/Copenhagen moves from UTC+1 to UTC+2, so 09:00 is 07:00 UTC after
/// the change and 08:00 UTC before it. A local time that does not exist (inside the
/// spring-forward gap) maps to the first instant after the gap; one that occurs twice
/// (the autumn fall-back hour) maps to its first occurrence.
public struct WallClock: Sendable {
    /// The time zone local times are read in.
    public let timeZone: TimeZone
    private let calendar: Foundation.Calendar

    /// - Parameter timeZoneIdentifier: an IANA name such as `Europe/Copenhagen`; nil when unknown.
    public init?(timeZoneIdentifier: String) {
        guard let zone = TimeZone(identifier: timeZoneIdentifier) else { return nil }
        self.init(timeZone: zone)
    }

    /// - Parameter timeZone: the zone local times are read in.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The instant at which the wall clock shows `time` on `day`.
    public func instant(_ day: CalendarDay, _ time: TimeOfDay) -> Date {
        let parts = day.components
        let components = DateComponents(
            year: parts.year, month: parts.month, day: parts.day,
            hour: time.hour, minute: time.minute)
        guard let date = calendar.date(from: components) else {
            preconditionFailure("Gregorian calendar could not represent \(day) \(time)")
        }
        return date
    }

    /// The event of an activity starting at `slot`'s start on `day` and lasting `minutes`
    /// (a supervision session or meeting: `durationMinutes`).
    public func interval(_ day: CalendarDay, slot: SlotTime, minutes: Int) -> DateInterval {
        DateInterval(start: instant(day, slot.start), duration: TimeInterval(minutes * 60))
    }

    /// A whole slot on `day`, from its start to its end.
    public func interval(_ day: CalendarDay, slot: SlotTime) -> DateInterval {
        DateInterval(start: instant(day, slot.start), end: instant(day, slot.end))
    }

    /// The calendar day on which `date` falls in this time zone.
    public func day(of date: Date) -> CalendarDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}

extension Scenario {
    /// The wall clock of the scenario's `timezone`; nil when the zone is unknown (which
    /// validation reports).
    public var wallClock: WallClock? { WallClock(timeZoneIdentifier: timezone) }
}
