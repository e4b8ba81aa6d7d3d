/// The working calendar of one scenario: workdays, holidays, closures, school holidays and
/// everyone's availability per date and slot (PROBLEM.md §1, H1, H6).
///
/// Built once per scenario; every query is a set or dictionary look-up.
public struct PlanningCalendar: Sendable {
    public let horizon: DateRange
    /// Every workday inside the horizon, in order.
    public let workdays: [CalendarDay]
    private let workdaySet: Set<CalendarDay>
    private let schoolHolidayDays: Set<CalendarDay>
    private let unavailableDays: [Resource: Set<CalendarDay>]
    private let busySlots: [Resource: [CalendarDay: Set<Slot>]]
    private let holidayList: [PublicHoliday]

    /// Builds the calendar of `scenario`, with the busy days read from its `.ics` files.
    public init(scenario: Scenario, external: ExternalBusy = .none) {
        horizon = scenario.horizon
        let calendar = scenario.calendar
        let years = scenario.horizon.from.year...max(scenario.horizon.from.year, scenario.horizon.to.year)
        holidayList = calendar.publicHolidays == .dk ? years.flatMap(DanishHolidays.holidays(year:)) : []
        let holidayDays = Set(holidayList.map(\.day))
        let workWeekdays = Set(calendar.workdays)
        let closed = calendar.closed
        workdays = scenario.horizon.days.filter { day in
            workWeekdays.contains(day.weekday) && !holidayDays.contains(day)
                && !external.closedDays.contains(day) && !closed.contains { $0.contains(day) }
        }
        workdaySet = Set(workdays)
        var school = external.schoolHolidayDays
        for range in calendar.schoolHolidays {
            school.formUnion(range.days(within: scenario.horizon))
        }
        schoolHolidayDays = school

        var unavailable: [Resource: Set<CalendarDay>] = [:]
        func note(_ resource: Resource, _ ranges: [DateRange]) {
            guard !ranges.isEmpty else { return }
            unavailable[resource, default: []].formUnion(ranges.flatMap { $0.days(within: scenario.horizon) })
        }
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists {
                note(.therapist(therapist.id), therapist.unavailable)
            }
        }
        for psychologist in scenario.psychologists {
            note(.psychologist(psychologist.id), psychologist.unavailable)
        }
        for venue in scenario.venues {
            note(.venue(venue.id), venue.unavailable)
        }
        unavailableDays = unavailable
        busySlots = external.busySlots
    }

    /// Whether `day` is a workday inside the horizon (H1).
    public func isWorkday(_ day: CalendarDay) -> Bool {
        workdaySet.contains(day)
    }

    /// Whether `day` lies in a school holiday (S5).
    public func isSchoolHoliday(_ day: CalendarDay) -> Bool {
        schoolHolidayDays.contains(day)
    }

    /// Whether `resource` can take part in an activity in `slot` of `day` (H6): the date is
    /// outside their `unavailable` ranges and their calendars leave the slot free.
    public func isAvailable(_ resource: Resource, on day: CalendarDay, slot: Slot) -> Bool {
        if unavailableDays[resource]?.contains(day) == true { return false }
        return busySlots[resource]?[day]?.contains(slot) != true
    }

    /// ``isAvailable(_:on:slot:)`` for both slots of each of `days`, with the resource's
    /// ranges and calendar busy times looked up once rather than twice per day and slot
    /// (hashing the resource's id each time was 16 % of the instructions of constructing
    /// a generated 300-municipality plan).
    public func availability(of resource: Resource, on days: [CalendarDay]) -> [(am: Bool, pm: Bool)] {
        let away = unavailableDays[resource]
        let busy = busySlots[resource]
        if away == nil, busy?.isEmpty != false { return Array(repeating: (true, true), count: days.count) }
        return days.map { day in
            if away?.contains(day) == true { return (false, false) }
            guard let slots = busy?[day] else { return (true, true) }
            return (!slots.contains(.am), !slots.contains(.pm))
        }
    }

    /// Whether `resource` is free in both slots of `day` (a training day needs both).
    public func isAvailableAllDay(_ resource: Resource, on day: CalendarDay) -> Bool {
        isAvailable(resource, on: day, slot: .am) && isAvailable(resource, on: day, slot: .pm)
    }

    /// The public holidays of the years the horizon touches.
    public var publicHolidays: [PublicHoliday] { holidayList }
}
