import Testing

@testable import PlanningModel

@Suite struct PlanningCalendarTests {
    private func scenario(
        from: String, to: String, calendar: CalendarSettings = CalendarSettings()
    ) -> Scenario {
        Scenario(
            name: "calendar", horizon: DateRange(from: CalendarDay(iso: from)!, to: CalendarDay(iso: to)!),
            calendar: calendar, manuals: [], venues: [], municipalities: [], psychologists: [])
    }

    private func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test func countsWeekdaysWithoutHolidays() {
        // 2026-09-07 (Mon) … 2026-11-13 (Fri): 9 weeks and 5 days, no holiday.
        let calendar = PlanningCalendar(scenario: scenario(from: "2026-09-07", to: "2026-11-13"))
        #expect(calendar.workdays.count == 50)
        #expect(calendar.workdays.first == day("2026-09-07"))
        #expect(calendar.workdays.last == day("2026-11-13"))
    }

    @Test func skipsEasterAndClosedRanges() {
        let settings = CalendarSettings(closed: [DateRange(from: day("2026-06-05"), to: day("2026-06-05"))])
        let calendar = PlanningCalendar(scenario: scenario(from: "2026-03-30", to: "2026-06-30", calendar: settings))
        for holiday in ["2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25", "2026-06-05"] {
            #expect(!calendar.isWorkday(day(holiday)), "\(holiday)")
        }
        #expect(calendar.isWorkday(day("2026-05-01")))
        #expect(calendar.isWorkday(day("2026-05-15")))
        // April 2026: 22 weekdays less Maundy Thursday, Good Friday and Easter Monday.
        #expect(calendar.workdays.filter { $0.month == 4 }.count == 19)
    }

    @Test func keepsStoreBededag2023Free() {
        let calendar = PlanningCalendar(scenario: scenario(from: "2023-05-01", to: "2023-05-31"))
        #expect(!calendar.isWorkday(day("2023-05-05")))
        #expect(calendar.isWorkday(day("2023-05-04")))
    }

    @Test func followsTheConfiguredWeekAndHolidayRule() {
        let settings = CalendarSettings(workdays: [.sat, .sun], publicHolidays: PublicHolidayRule.none)
        let calendar = PlanningCalendar(scenario: scenario(from: "2026-04-01", to: "2026-04-30", calendar: settings))
        #expect(calendar.isWorkday(day("2026-04-05")))  // Easter Sunday, with holidays off
        #expect(!calendar.isWorkday(day("2026-04-06")))
        #expect(calendar.workdays.count == 8)
        #expect(calendar.publicHolidays.isEmpty)
    }

    @Test func spansYearsWithWeek53() {
        let calendar = PlanningCalendar(scenario: scenario(from: "2026-12-21", to: "2027-01-08"))
        let weeks = Set(calendar.workdays.map(\.isoWeek))
        #expect(weeks.contains(ISOWeek(year: 2026, week: 53)))
        #expect(!calendar.isWorkday(day("2026-12-25")) && !calendar.isWorkday(day("2027-01-01")))
        #expect(calendar.workdays.count == 13)
    }

    @Test func marksSchoolHolidaysAndAvailability() {
        var input = scenario(
            from: "2026-10-01", to: "2026-10-31",
            calendar: CalendarSettings(
                schoolHolidays: [DateRange(from: day("2026-10-10"), to: day("2026-10-18"))]))
        input.psychologists = [
            Psychologist(
                id: "p1", name: "P", home: "v", manuals: [], maxDaysPerWeek: 2, maxDaysPerMonth: 8,
                unavailable: [DateRange(from: day("2026-10-05"), to: day("2026-10-06"))])
        ]
        let busy = ExternalBusy(busySlots: [.psychologist("p1"): [day("2026-10-08"): [.pm]]])
        let calendar = PlanningCalendar(scenario: input, external: busy)
        #expect(calendar.isSchoolHoliday(day("2026-10-12")))
        #expect(!calendar.isSchoolHoliday(day("2026-10-19")))
        #expect(!calendar.isAvailable(.psychologist("p1"), on: day("2026-10-05"), slot: .am))
        #expect(calendar.isAvailable(.psychologist("p1"), on: day("2026-10-08"), slot: .am))
        #expect(!calendar.isAvailable(.psychologist("p1"), on: day("2026-10-08"), slot: .pm))
        #expect(!calendar.isAvailableAllDay(.psychologist("p1"), on: day("2026-10-08")))
    }
}
