/// The working calendar of a scenario (PROBLEM.md §1).
public struct CalendarSettings: Codable, Sendable, Equatable {
    /// Weekdays that are workdays (default Monday–Friday).
    public var workdays: [Weekday]
    /// Which public holidays close a day.
    public var publicHolidays: PublicHolidayRule
    /// Ranges on which nothing can be planned.
    public var closed: [DateRange]
    /// Ranges that activities should avoid (S5).
    public var schoolHolidays: [DateRange]
    /// `.ics` files whose events close days (paths relative to the scenario file).
    public var closedCalendars: [String]
    /// `.ics` files whose events are school holidays (paths relative to the scenario file).
    public var schoolHolidayCalendars: [String]

    public init(
        workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri], publicHolidays: PublicHolidayRule = .dk,
        closed: [DateRange] = [], schoolHolidays: [DateRange] = [], closedCalendars: [String] = [],
        schoolHolidayCalendars: [String] = []
    ) {
        self.workdays = workdays
        self.publicHolidays = publicHolidays
        self.closed = closed
        self.schoolHolidays = schoolHolidays
        self.closedCalendars = closedCalendars
        self.schoolHolidayCalendars = schoolHolidayCalendars
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        workdays = try c.decodeIfPresent([Weekday].self, forKey: .workdays) ?? [.mon, .tue, .wed, .thu, .fri]
        publicHolidays = try c.decodeIfPresent(PublicHolidayRule.self, forKey: .publicHolidays) ?? .dk
        closed = try c.decodeIfPresent([DateRange].self, forKey: .closed) ?? []
        schoolHolidays = try c.decodeIfPresent([DateRange].self, forKey: .schoolHolidays) ?? []
        closedCalendars = try c.decodeIfPresent([String].self, forKey: .closedCalendars) ?? []
        schoolHolidayCalendars = try c.decodeIfPresent([String].self, forKey: .schoolHolidayCalendars) ?? []
    }
}
