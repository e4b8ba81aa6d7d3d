/// A public holiday: its date and its name in Danish and English.
public struct PublicHoliday: Hashable, Sendable {
    public let day: CalendarDay
    public let danishName: String
    public let englishName: String

    public init(day: CalendarDay, danishName: String, englishName: String) {
        self.day = day
        self.danishName = danishName
        self.englishName = englishName
    }
}

/// Danish public holidays, computed per year from the date of Easter (PROBLEM.md §1).
///
/// Easter Sunday and Whit Sunday are listed too: they fall on Sundays, so they never
/// change which days are workdays under the default week, but a scenario that works
/// on Sundays still keeps them free. Store Bededag (4th Friday after Easter) is a
/// holiday up to and including 2023 only. Grundlovsdag, 24 and 31 December are not
/// statutory and are left to `calendar.closed`.
public enum DanishHolidays {
    /// Easter Sunday of `year` (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm).
    public static func easterSunday(year: Int) -> CalendarDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The public holidays of `year`, in date order.
    public static func holidays(year: Int) -> [PublicHoliday] {
        let easter = easterSunday(year: year)
        func relative(_ offset: Int, _ danish: String, _ english: String) -> PublicHoliday {
            PublicHoliday(day: easter.adding(days: offset), danishName: danish, englishName: english)
        }
        var list = [
            PublicHoliday(
                day: CalendarDay(year: year, month: 1, day: 1), danishName: "Nytårsdag", englishName: "New Year's Day"),
            relative(-3, "Skærtorsdag", "Maundy Thursday"),
            relative(-2, "Langfredag", "Good Friday"),
            relative(0, "Påskedag", "Easter Sunday"),
            relative(1, "2. påskedag", "Easter Monday"),
            relative(39, "Kristi himmelfartsdag", "Ascension Day"),
            relative(49, "Pinsedag", "Whit Sunday"),
            relative(50, "2. pinsedag", "Whit Monday"),
            PublicHoliday(
                day: CalendarDay(year: year, month: 12, day: 25), danishName: "Juledag", englishName: "Christmas Day"),
            PublicHoliday(
                day: CalendarDay(year: year, month: 12, day: 26), danishName: "2. juledag", englishName: "Boxing Day"),
        ]
        if year <= 2023 {
            list.append(relative(26, "Store bededag", "Great Prayer Day"))
        }
        return list.sorted { $0.day < $1.day }
    }
}
