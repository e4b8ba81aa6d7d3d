/// A calendar date (year, month, day) with no time of day and no time zone.
///
/// Stored as the number of days since 1970-01-01 so that comparisons, differences and
/// stepping are plain integer arithmetic. Conversion to and from the civil calendar uses
/// the proleptic Gregorian algorithms of Howard Hinnant ("chrono-compatible low-level
/// date algorithms"), valid for every date the planner meets.
public struct CalendarDay: Hashable, Comparable, Sendable, Strideable {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    /// Creates the day with the given ordinal (days since 1970-01-01).
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from its civil components.
    ///
    /// - Precondition: `month` is 1...12 and `day` is within the month.
    public init(year: Int, month: Int, day: Int) {
        precondition(
            (1...12).contains(month) && day >= 1 && day <= CalendarDay.daysIn(month: month, year: year),
            "invalid date \(year)-\(month)-\(day)")
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses `YYYY-MM-DD`; returns nil for anything else, including impossible dates.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The civil components of this day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// The weekday of this day.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        let isoIndex = ((ordinal + 3) % 7 + 7) % 7  // 0 = Monday
        return Weekday.allCases[isoIndex]
    }

    /// The ISO 8601 week this day belongs to (weeks start on Monday; week 1 holds the first Thursday).
    public var isoWeek: ISOWeek {
        let thursday = adding(days: 3 - weekday.isoIndex)
        let weekYear = thursday.year
        let firstDay = CalendarDay(year: weekYear, month: 1, day: 1)
        return ISOWeek(year: weekYear, week: (thursday.ordinal - firstDay.ordinal) / 7 + 1)
    }

    /// The calendar month this day belongs to.
    public var yearMonth: YearMonth {
        let parts = components
        return YearMonth(year: parts.year, month: parts.month)
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(ordinal: ordinal + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDay) -> Int {
        other.ordinal - ordinal
    }

    public func distance(to other: CalendarDay) -> Int { other.ordinal - ordinal }
    public func advanced(by n: Int) -> CalendarDay { adding(days: n) }
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension CalendarDay: CustomStringConvertible {
    /// `YYYY-MM-DD`.
    public var description: String {
        let parts = components
        return "\(Self.pad(parts.year, 4))-\(Self.pad(parts.month, 2))-\(Self.pad(parts.day, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
