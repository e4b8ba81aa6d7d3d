import Foundation
import Testing

@testable import PlanningModel

@Suite struct WallClockTests {
    private let clock = WallClock(timeZoneIdentifier: "Europe/Copenhagen")!
    private let nine = TimeOfDay(hour: 9, minute: 0)

    private func utc(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    @Test func keepsNineOClockLocalAcrossSpringForward() {
        #expect(clock.instant(CalendarDay(iso: "2026-03-27")!, nine) == utc("2026-03-27T08:00:00Z"))
        #expect(clock.instant(CalendarDay(iso: "2026-03-30")!, nine) == utc("2026-03-30T07:00:00Z"))
        // Sunday 29 March 2026 is the change itself: 09:00 is already summer time.
        #expect(clock.instant(CalendarDay(iso: "2026-03-29")!, nine) == utc("2026-03-29T07:00:00Z"))
    }

    @Test func keepsNineOClockLocalAcrossFallBack() {
        #expect(clock.instant(CalendarDay(iso: "2026-10-23")!, nine) == utc("2026-10-23T07:00:00Z"))
        #expect(clock.instant(CalendarDay(iso: "2026-10-25")!, nine) == utc("2026-10-25T08:00:00Z"))
        #expect(clock.instant(CalendarDay(iso: "2026-10-26")!, nine) == utc("2026-10-26T08:00:00Z"))
    }

    @Test func mapsTheSpringGapForward() {
        let inGap = clock.instant(CalendarDay(iso: "2026-03-29")!, TimeOfDay(hour: 2, minute: 30))
        #expect(inGap >= utc("2026-03-29T01:00:00Z") && inGap <= utc("2026-03-29T01:30:00Z"))
    }

    @Test func measuresSlotsAndEvents() {
        let day = CalendarDay(iso: "2026-10-26")!
        let slots = SlotTimes()
        #expect(clock.interval(day, slot: slots.pm).duration == 3 * 3600)
        let event = clock.interval(day, slot: slots.am, minutes: 150)
        #expect(event.start == utc("2026-10-26T08:00:00Z") && event.duration == 150 * 60)
        #expect(clock.day(of: utc("2026-10-25T23:30:00Z")) == CalendarDay(iso: "2026-10-26"))
    }

    @Test func rejectsUnknownZones() {
        #expect(WallClock(timeZoneIdentifier: "Europe/Aarhus") == nil)
    }
}
