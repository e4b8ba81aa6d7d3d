import Foundation
import TestSupport
import Testing

@Suite struct CalendarCommandTests {
    @Test func listsHolidaysClosuresAndWorkdaysOfTheHorizonYears() throws {
        let run = try PlannerBinary.run(["calendar"])
        #expect(run.status == 0, "\(run.standardError)")
        let output = run.standardOutput
        for phrase in [
            "2026 (53 ISO weeks)", "2027 (52 ISO weeks)", "2026-04-05  sun  Påskedag (Easter Sunday)",
            "2027-03-28", "Closed:", "Grundlovsdag", "School holidays:", "Sommerferie", "Workdays per month:",
            "349 workdays inside the horizon",
        ] {
            #expect(output.contains(phrase), "\(phrase)")
        }
    }

    @Test func showsOneYear() throws {
        let run = try PlannerBinary.run(["calendar", "default", "--year", "2023"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("2023-05-05  fri  Store bededag (Great Prayer Day)  (outside the horizon)"))
        #expect(run.standardOutput.contains("2023-12  "))
        #expect(!run.standardOutput.contains("\n  2026-"))
    }

    @Test func rejectsAYearOutOfRange() throws {
        let run = try PlannerBinary.run(["calendar", "--year", "20260"])
        #expect(run.status == 64)
    }
}
