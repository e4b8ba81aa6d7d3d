import Foundation
import PlanningModel
import Testing

@testable import PlanCalendars

@Suite struct SchoolHolidayCalendarTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shipped = repository.appendingPathComponent("Calendars/midtjylland-2026-skoleferier.ics")

    static func generated() -> String {
        HolidayCalendar.text(
            ranges: Fixtures.scenario.calendar.schoolHolidays, name: "Skoleferier i Midtjylland 2026-27",
            uidPrefix: "skoleferie", stamp: Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01T00:00Z
    }

    /// Run with `STIME_UPDATE_CALENDARS=1` to rewrite the shipped file after the scenario changed.
    @Test func theShippedFileIsWhatTheScenarioSays() throws {
        if ProcessInfo.processInfo.environment["STIME_UPDATE_CALENDARS"] == "1" {
            try Self.generated().write(to: Self.shipped, atomically: true, encoding: .utf8)
        }
        let shipped = try String(contentsOf: Self.shipped, encoding: .utf8)
        #expect(shipped == Self.generated())
    }

    @Test func readingTheShippedFileGivesExactlyTheScenariosSchoolHolidays() throws {
        let scenario = Fixtures.scenario
        let days = try LibicalCalendarReader().read(
            Self.shipped, horizon: scenario.horizon, timeZone: scenario.timezone, slots: scenario.slots
        ).busyDays
        let expected = Set(scenario.calendar.schoolHolidays.flatMap(\.days).filter(scenario.horizon.contains))
        #expect(Set(days.map(\.day)) == expected)
        #expect(days.allSatisfy { $0.slots == [.am, .pm] })
    }
}
