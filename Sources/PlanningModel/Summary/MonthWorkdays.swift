/// Workdays of one calendar month, as the summaries show them.
public struct MonthWorkdays: Sendable, Equatable {
    public let month: YearMonth
    /// Workdays in the month (inside the range counted).
    public let workdays: Int
    /// Of those, the workdays inside a school holiday (S5 advises against them).
    public let schoolHolidayWorkdays: Int

    public init(month: YearMonth, workdays: Int, schoolHolidayWorkdays: Int) {
        self.month = month
        self.workdays = workdays
        self.schoolHolidayWorkdays = schoolHolidayWorkdays
    }

    /// One entry per month touched by `days` (months without a workday included), in order.
    ///
    /// - Parameters:
    ///   - days: the days to count, in order.
    ///   - isWorkday: whether a day is a workday.
    ///   - isSchoolHoliday: whether a day is in a school holiday.
    public static func count(
        _ days: [CalendarDay], isWorkday: (CalendarDay) -> Bool, isSchoolHoliday: (CalendarDay) -> Bool
    ) -> [MonthWorkdays] {
        var order: [YearMonth] = []
        var counts: [YearMonth: (workdays: Int, school: Int)] = [:]
        for day in days {
            let month = day.yearMonth
            if counts[month] == nil {
                order.append(month)
                counts[month] = (0, 0)
            }
            guard isWorkday(day) else { continue }
            counts[month]!.workdays += 1
            if isSchoolHoliday(day) { counts[month]!.school += 1 }
        }
        return order.map {
            MonthWorkdays(month: $0, workdays: counts[$0]!.workdays, schoolHolidayWorkdays: counts[$0]!.school)
        }
    }
}
