import Testing

@testable import PlanningModel

@Suite struct DanishHolidaysTests {
    /// Easter Sunday per year (published tables).
    static let easter: [(year: Int, month: Int, day: Int)] = [
        (2023, 4, 9), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5),
        (2027, 3, 28), (2028, 4, 16), (2029, 4, 1), (2030, 4, 21),
    ]

    @Test(arguments: easter)
    func computesEasterSunday(_ expected: (year: Int, month: Int, day: Int)) {
        #expect(
            DanishHolidays.easterSunday(year: expected.year)
                == CalendarDay(year: expected.year, month: expected.month, day: expected.day))
    }

    @Test(arguments: easter)
    func placesEveryMovableHolidayRelativeToEaster(_ expected: (year: Int, month: Int, day: Int)) {
        let easter = CalendarDay(year: expected.year, month: expected.month, day: expected.day)
        let days = Set(DanishHolidays.holidays(year: expected.year).map(\.day))
        for offset in [-3, -2, 0, 1, 39, 49, 50] {
            #expect(
                days.contains(easter.adding(days: offset)),
                "Easter \(offset >= 0 ? "+" : "")\(offset) in \(expected.year)")
        }
        for (month, day) in [(1, 1), (12, 25), (12, 26)] {
            #expect(days.contains(CalendarDay(year: expected.year, month: month, day: day)))
        }
        #expect(days.count == (expected.year <= 2023 ? 11 : 10))
    }

    @Test func knowsTheHolidaysOf2026() {
        let names = Dictionary(
            uniqueKeysWithValues: DanishHolidays.holidays(year: 2026).map { ($0.day.description, $0.englishName) })
        #expect(names["2026-04-02"] == "Maundy Thursday")
        #expect(names["2026-04-03"] == "Good Friday")
        #expect(names["2026-04-06"] == "Easter Monday")
        #expect(names["2026-05-14"] == "Ascension Day")
        #expect(names["2026-05-25"] == "Whit Monday")
    }

    @Test func keepsStoreBededagUntil2023Only() {
        #expect(DanishHolidays.holidays(year: 2023).contains { $0.day == CalendarDay(year: 2023, month: 5, day: 5) })
        // 2024: Easter 31 March, so Store Bededag would have been 26 April.
        #expect(!DanishHolidays.holidays(year: 2024).contains { $0.day == CalendarDay(year: 2024, month: 4, day: 26) })
        #expect(!DanishHolidays.holidays(year: 2026).contains { $0.danishName == "Store bededag" })
    }

    @Test func treatsNonStatutoryDaysAsOrdinary() {
        let days = Set(DanishHolidays.holidays(year: 2026).map(\.day))
        for text in ["2026-05-01", "2026-06-05", "2026-12-24", "2026-12-31", "2026-05-01"] {
            #expect(!days.contains(CalendarDay(iso: text)!), "\(text)")
        }
    }
}
