import PlanningModel

/// The text `calendar` prints.
struct CalendarText {
    let overview: CalendarOverview
    let scenario: Scenario

    var lines: [String] {
        let horizon = overview.horizon
        func outside(_ day: CalendarDay) -> String { horizon.contains(day) ? "" : "  (outside the horizon)" }
        var lines: [String] = []
        let years = overview.years.map { "\($0) (\(counted(overview.isoWeeks[$0] ?? 52, "ISO week", "ISO weeks")))" }
            .joined(separator: ", ")
        lines.append("\(scenario.name): \(years)")
        lines.append(
            "Horizon \(horizon.from) – \(horizon.to), workdays \(scenario.calendar.workdays.map(\.rawValue).joined(separator: " "))"
        )
        lines.append("")
        lines.append("Public holidays (\(scenario.calendar.publicHolidays.rawValue)):")
        if overview.publicHolidays.isEmpty { lines.append("  none") }
        var holidays = TextTable([.left, .left, .left])
        for holiday in overview.publicHolidays {
            holidays.add(
                "\(holiday.day)", holiday.day.weekday.rawValue,
                "\(holiday.danishName) (\(holiday.englishName))\(outside(holiday.day))")
        }
        lines += holidays.render()
        lines.append("")
        lines += ranges("Closed", overview.closed)
        if !scenario.calendar.closedCalendars.isEmpty {
            lines.append("  and the events of \(scenario.calendar.closedCalendars.joined(separator: ", "))")
        }
        lines.append("")
        lines += ranges("School holidays", overview.schoolHolidays)
        if !scenario.calendar.schoolHolidayCalendars.isEmpty {
            lines.append("  and the events of \(scenario.calendar.schoolHolidayCalendars.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Workdays per month:")
        var months = TextTable([.left, .right, .left])
        for month in overview.months {
            let first = CalendarDay(year: month.month.year, month: month.month.month, day: 1)
            let last = CalendarDay(
                year: month.month.year, month: month.month.month,
                day: CalendarDay.daysIn(month: month.month.month, year: month.month.year))
            let note: String
            if last < horizon.from || first > horizon.to {
                note = "outside the horizon"
            } else {
                note = month.schoolHolidayWorkdays > 0 ? "\(month.schoolHolidayWorkdays) in school holidays" : ""
            }
            months.add("\(month.month)", "\(month.workdays)", note)
        }
        lines += months.render()
        lines.append("  \(counted(overview.horizonWorkdays, "workday", "workdays")) inside the horizon")
        return lines
    }

    private func ranges(_ title: String, _ ranges: [DateRange]) -> [String] {
        var lines = ["\(title):"]
        if ranges.isEmpty { lines.append("  none") }
        var table = TextTable([.left, .right, .left])
        for range in ranges {
            let span = range.from == range.to ? "\(range.from)" : "\(range.from) – \(range.to)"
            table.add(span, "\(range.dayCount) d", range.name ?? "")
        }
        return lines + table.render()
    }
}
