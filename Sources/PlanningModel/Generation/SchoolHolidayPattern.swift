/// The usual pattern of Danish school holidays (Midtjylland), computed per year from the
/// ISO week and the date of Easter, for synthetic scenarios. Each municipality sets its
/// own dates; this is the common shape, not any one municipality's list.
enum SchoolHolidayPattern {
    /// The school holidays that begin in `year`, in date order.
    static func holidays(year: Int) -> [DateRange] {
        let easter = DanishHolidays.easterSunday(year: year)
        let winter = mondayOfISOWeek(7, year: year)
        let autumn = mondayOfISOWeek(42, year: year)
        var lastSaturdayOfJune = CalendarDay(year: year, month: 6, day: 30)
        while lastSaturdayOfJune.weekday != .sat { lastSaturdayOfJune = lastSaturdayOfJune.adding(days: -1) }
        var secondSundayOfAugust = CalendarDay(year: year, month: 8, day: 8)
        while secondSundayOfAugust.weekday != .sun { secondSundayOfAugust = secondSundayOfAugust.adding(days: 1) }
        return [
            DateRange(from: winter.adding(days: -2), to: winter.adding(days: 6), name: "Vinterferie"),
            DateRange(from: easter.adding(days: -8), to: easter.adding(days: 1), name: "Påskeferie"),
            DateRange(from: easter.adding(days: 39), to: easter.adding(days: 42), name: "Kristi himmelfart"),
            DateRange(from: easter.adding(days: 48), to: easter.adding(days: 50), name: "Pinse"),
            DateRange(from: lastSaturdayOfJune, to: secondSundayOfAugust, name: "Sommerferie"),
            DateRange(from: autumn.adding(days: -2), to: autumn.adding(days: 6), name: "Efterårsferie"),
            DateRange(
                from: CalendarDay(year: year, month: 12, day: 19), to: CalendarDay(year: year + 1, month: 1, day: 3),
                name: "Juleferie"),
        ]
    }

    /// The Monday of ISO week `week` of `year`.
    static func mondayOfISOWeek(_ week: Int, year: Int) -> CalendarDay {
        let january4 = CalendarDay(year: year, month: 1, day: 4)
        return january4.adding(days: -january4.weekday.isoIndex + (week - 1) * 7)
    }
}
