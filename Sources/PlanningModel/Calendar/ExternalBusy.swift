/// Busy days read from a scenario's `.ics` files (PROBLEM.md §1), already mapped to
/// dates and slots. Empty when the scenario names no calendar files.
public struct ExternalBusy: Sendable, Equatable {
    /// Dates closed by `calendar.closedCalendars` (any part of the date covered).
    public var closedDays: Set<CalendarDay>
    /// Dates in `calendar.schoolHolidayCalendars` (any part of the date covered).
    public var schoolHolidayDays: Set<CalendarDay>
    /// Slots blocked by each resource's `unavailableCalendars`.
    public var busySlots: [Resource: [CalendarDay: Set<Slot>]]

    public init(
        closedDays: Set<CalendarDay> = [], schoolHolidayDays: Set<CalendarDay> = [],
        busySlots: [Resource: [CalendarDay: Set<Slot>]] = [:]
    ) {
        self.closedDays = closedDays
        self.schoolHolidayDays = schoolHolidayDays
        self.busySlots = busySlots
    }

    /// No external calendars.
    public static let none = ExternalBusy()
}
