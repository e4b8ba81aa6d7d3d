import Testing

@testable import PlanningModel

@Suite struct CalendarDayTests {
    @Test func roundTripsThroughCivilComponents() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(ordinal: ordinal)
            let parts = day.components
            #expect(CalendarDay(year: parts.year, month: parts.month, day: parts.day) == day)
        }
    }

    @Test func knowsTheEpochAndItsWeekday() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(CalendarDay(year: 1970, month: 1, day: 1).weekday == .thu)
        #expect(CalendarDay(iso: "2026-11-23")?.weekday == .mon)
    }

    @Test func rejectsImpossibleDates() {
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2028-02-29") != nil)
        #expect(CalendarDay(iso: "2026-13-01") == nil)
        #expect(CalendarDay(iso: "26-01-01") == nil)
    }

    @Test func has53IsoWeeksIn2026() {
        #expect(CalendarDay(iso: "2026-12-31")?.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(CalendarDay(iso: "2027-01-03")?.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(CalendarDay(iso: "2027-01-04")?.isoWeek == ISOWeek(year: 2027, week: 1))
        #expect(CalendarDay(iso: "2026-01-01")?.isoWeek == ISOWeek(year: 2026, week: 1))
    }
}
