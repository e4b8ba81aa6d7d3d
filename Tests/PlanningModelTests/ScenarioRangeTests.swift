import Foundation
import Testing

@testable import PlanningModel

/// Every number, id and text of a scenario has a documented range (README "Ranges"); values
/// outside it are invalid input with a short, located message, never a crash later.
@Suite struct ScenarioRangeTests {
    private func errors(_ old: String, _ new: String) -> [ScenarioIssue] {
        MiniScenario.errors(MiniScenario.replacing(old, with: new))
    }

    @Test(arguments: [
        ("days: 2,", "days: 31,", "manuals[0].training.days", "at most 30"),
        ("days: 2,", "days: 9223372036854775807,", "manuals[0].training.days", "at most 30"),
        ("maxGapDays: 14", "maxGapDays: 9223372036854775807", "manuals[0].training.maxGapDays", "at most 365"),
        ("cohortMax: 6", "cohortMax: 9223372036854775807", "manuals[0].training.cohortMax", "at most 200"),
        ("sessions: 2", "sessions: 1000000000", "manuals[0].supervision.sessions", "at most 52"),
        ("everyWeeks: 2", "everyWeeks: 2305843009213693952", "manuals[0].supervision.everyWeeks", "at most 26"),
        (
            "startWithinWeeks: 2", "startWithinWeeks: 4611686018427387904",
            "manuals[0].supervision.startWithinWeeks", "at most 52"
        ),
        ("capacity: 20", "capacity: 1000000", "venues[0].capacity", "at most 10000"),
        ("maxDaysPerWeek: 2", "maxDaysPerWeek: 8", "psychologists[0].maxDaysPerWeek", "at most 7"),
        ("count: 2", "count: 101", "meetings[0].count", "at most 100"),
    ])
    func rejectsNumbersAboveTheirRange(_ old: String, _ new: String, _ path: String, _ phrase: String) {
        let found = errors(old, new)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.path == path)
        #expect(found.first?.message.contains(phrase) == true, "\(found)")
    }

    @Test func rejectsExtremeWeightsAndRoadFactors() {
        let text = MiniScenario.replacing(
            "version: 1\n",
            with: "version: 1\nweights: {unassigned: 1000000000000}\ntravel: {roadFactor: 1e308}\n")
        #expect(MiniScenario.errors(text).map(\.path) == ["weights.unassigned", "travel.roadFactor"])
    }

    @Test func rejectsAHorizonLongerThanThreeYears() {
        let found = errors(
            "horizon: {from: 2026-09-01, to: 2026-12-18}", "horizon: {from: 0001-01-01, to: 9999-12-31}")
        #expect(found.map(\.path).contains("horizon.to"), "\(found)")
        #expect(found.contains { $0.message.contains("at most 1096 days") })
    }

    @Test func acceptsAHorizonOfExactlyTheLimit() {
        let text = MiniScenario.replacing(
            "horizon: {from: 2026-09-01, to: 2026-12-18}", with: "horizon: {from: 2026-09-01, to: 2029-08-31}")
        #expect(MiniScenario.errors(text).isEmpty, "\(MiniScenario.errors(text))")
    }

    @Test func rejectsAnIdTooLongForAFileName() {
        let long = String(repeating: "a", count: 65)
        let found = errors("- id: aarhus-01", "- id: \(long)")
        #expect(found.first?.path == "municipalities[0].therapists[0].id", "\(found)")
        #expect(found.first?.message.contains("at most 64 characters") == true)
        #expect(
            MiniScenario.errors(MiniScenario.replacing("- id: aarhus-01", with: "- id: \(long.dropLast())")).isEmpty)
    }

    @Test func shortensHugeValuesInMessages() {
        let huge = String(repeating: "x", count: 1_000_000)
        for (old, new) in [
            ("to: 2026-12-18}", "to: \(huge)}"), ("mode: virtual", "mode: \(huge)"), ("- id: p1", "- id: \(huge)"),
            ("    therapists:", "    \(huge):"), ("home: skejby", "home: \(huge)"),
        ] {
            let found = errors(old, new)
            #expect(!found.isEmpty)
            for issue in found {
                #expect(issue.description.count < 400, "\(issue.description.prefix(400))")
                #expect(issue.line != nil && issue.column != nil)
            }
        }
        #expect(ShortText(huge).description == "'\(String(repeating: "x", count: 40))…' (1000000 characters)")
        #expect(ShortText("a\nb").description == "'a\\nb'")
    }

    @Test func rangesOutsideTheHorizonCostNothing() throws {
        let loaded = try ScenarioLoader().load(
            data: Data(MiniScenario.yaml.utf8), fileName: "mini.yaml", baseDirectory: nil)
        var scenario = loaded.scenario
        let everything = DateRange(
            from: CalendarDay(year: 1, month: 1, day: 1), to: CalendarDay(year: 9999, month: 12, day: 31))
        scenario.venues[0].unavailable = Array(repeating: everything, count: 1000)
        scenario.calendar.schoolHolidays = Array(repeating: everything, count: 1000)
        let calendar = PlanningCalendar(scenario: scenario)
        #expect(!calendar.isAvailable(.venue("skejby"), on: scenario.horizon.from, slot: .am))
        #expect(calendar.isSchoolHoliday(scenario.horizon.to))
        #expect(everything.days(within: scenario.horizon) == scenario.horizon.days)
    }
}
