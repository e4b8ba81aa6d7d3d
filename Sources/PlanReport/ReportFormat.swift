import PlanTemplates
import PlanningModel

/// Dates and numbers written the way a Danish or English reader expects them.
public struct ReportFormat: Sendable {
    public let strings: StringTable
    private let monthNames: [String]
    private let weekdayNames: [String]

    /// Formats with the month and weekday names of `strings` (`format.months`, `format.weekdays`).
    public init(strings: StringTable) {
        self.strings = strings
        let months = strings.list("format.months")
        monthNames = months.count == 12 ? months : (1...12).map { String($0) }
        let weekdays = strings.list("format.weekdays")
        weekdayNames = weekdays.count == 7 ? weekdays : Weekday.allCases.map(\.rawValue)
    }

    private var isDanish: Bool { strings.language == .da }

    /// Short month name (`feb` / `Feb`).
    public func month(_ month: Int) -> String {
        monthNames[(month - 1 + 12) % 12]
    }

    /// `3. feb. 2026` / `3 Feb 2026`.
    public func date(_ day: CalendarDay) -> String {
        "\(dayMonth(day)) \(day.year)"
    }

    /// `3. feb.` / `3 Feb`.
    public func dayMonth(_ day: CalendarDay) -> String {
        isDanish ? "\(day.day). \(month(day.month))" : "\(day.day) \(month(day.month))"
    }

    /// `tir 3. feb. 2026` / `Tue 3 Feb 2026`.
    public func dateWithWeekday(_ day: CalendarDay) -> String {
        "\(weekdayNames[day.weekday.isoIndex]) \(date(day))"
    }

    /// Dates grouped by year: `2026: 3. feb., 17. feb.; 2027: 5. jan.`.
    public func dayList(_ days: [CalendarDay]) -> String {
        var groups: [(year: Int, days: [String])] = []
        for day in days {
            if groups.last?.year == day.year {
                groups[groups.count - 1].days.append(dayMonth(day))
            } else {
                groups.append((day.year, [dayMonth(day)]))
            }
        }
        return groups.map { "\($0.year): \($0.days.joined(separator: ", "))" }.joined(separator: "; ")
    }

    /// An integer with thousands separators (`12.345` / `12,345`).
    public func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 {
                result.append(isDanish ? "." : ",")
            }
            result.append(character)
        }
        return (value < 0 ? "−" : "") + result
    }

    /// A number with one decimal, using the language's decimal mark.
    public func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10)\(isDanish ? "," : ".")\(abs(tenths % 10))"
        return tenths < 0 && tenths / 10 == 0 ? "-" + text : text
    }

    /// A slot's times, `09:00–11:30`, for an activity of `minutes` starting at the slot's start.
    public func time(_ slot: Slot, minutes: Int, slots: SlotTimes) -> String {
        let start = slots[slot].start
        let end = TimeOfDay(hour: 0, minute: start.minutes + minutes)
        return "\(start)–\(end)"
    }
}
