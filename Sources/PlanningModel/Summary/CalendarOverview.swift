/// What `stime-planner calendar` shows: public holidays, closures, school holidays and
/// workdays per month of one or more years.
///
/// Inside the horizon the days come from the scenario's ``PlanningCalendar`` (so `.ics`
/// closures count); outside it the same weekday, holiday and range rules are applied.
public struct CalendarOverview: Sendable {
    /// The years shown, in order.
    public let years: [Int]
    /// The scenario's horizon.
    public let horizon: DateRange
    /// Public holidays in the years (empty when `publicHolidays` is `none`).
    public let publicHolidays: [PublicHoliday]
    /// `calendar.closed` ranges that touch the years.
    public let closed: [DateRange]
    /// `calendar.schoolHolidays` ranges that touch the years.
    public let schoolHolidays: [DateRange]
    /// Workdays per month of the years.
    public let months: [MonthWorkdays]
    /// ISO weeks in each year (52 or 53).
    public let isoWeeks: [Int: Int]
    /// Workdays inside the horizon in the years shown.
    public let horizonWorkdays: Int

    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - calendar: its calendar (built by ``ScenarioLoader``).
    ///   - years: the years to show; nil for every year the horizon touches.
    public init(scenario: Scenario, calendar: PlanningCalendar, years: [Int]? = nil) {
        horizon = scenario.horizon
        let years = years ?? Array(horizon.from.year...max(horizon.from.year, horizon.to.year))
        self.years = years
        var wholeYears = scenario
        let first = CalendarDay(year: years.min() ?? horizon.from.year, month: 1, day: 1)
        let last = CalendarDay(year: years.max() ?? horizon.from.year, month: 12, day: 31)
        wholeYears.horizon = DateRange(from: first, to: last)
        let rules = PlanningCalendar(scenario: wholeYears)
        let wanted = Set(years)
        let days = wholeYears.horizon.days.filter { wanted.contains($0.year) }
        let horizon = horizon
        func isWorkday(_ day: CalendarDay) -> Bool {
            horizon.contains(day) ? calendar.isWorkday(day) : rules.isWorkday(day)
        }
        publicHolidays = rules.publicHolidays.filter { wanted.contains($0.day.year) }
        func isSchoolHoliday(_ day: CalendarDay) -> Bool {
            horizon.contains(day) ? calendar.isSchoolHoliday(day) : rules.isSchoolHoliday(day)
        }
        func touches(_ range: DateRange) -> Bool { days.contains { range.contains($0) } }
        closed = scenario.calendar.closed.filter(touches)
        schoolHolidays = scenario.calendar.schoolHolidays.filter(touches)
        months = MonthWorkdays.count(days, isWorkday: isWorkday, isSchoolHoliday: isSchoolHoliday)
        horizonWorkdays = calendar.workdays.filter { wanted.contains($0.year) }.count
        isoWeeks = Dictionary(
            uniqueKeysWithValues: years.map { ($0, CalendarDay(year: $0, month: 12, day: 28).isoWeek.week) })
    }
}
