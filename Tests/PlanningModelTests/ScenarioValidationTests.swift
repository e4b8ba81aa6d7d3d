import Foundation
import Testing

@testable import PlanningModel

/// One test per kind of problem of PROBLEM.md §2a: the path, the line and the message.
@Suite struct ScenarioValidationTests {
    /// Breaks the mini scenario, loads it, and expects exactly one error at `path` on the
    /// line that contains `lineMarker` (after the change).
    private func expectSingleError(
        _ text: String, path: String, lineMarker: String, occurrence: Int = 1, containing phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let errors = MiniScenario.errors(text)
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.path == path, sourceLocation: sourceLocation)
        #expect(
            error.line == MiniScenario.line(of: lineMarker, in: text, occurrence: occurrence), "\(error)",
            sourceLocation: sourceLocation)
        #expect(error.column != nil, sourceLocation: sourceLocation)
        #expect(error.message.contains(phrase), "\(error.message)", sourceLocation: sourceLocation)
        #expect(error.file == "mini.yaml", sourceLocation: sourceLocation)
    }

    @Test func acceptsTheMiniScenario() {
        #expect(MiniScenario.issues(MiniScenario.yaml).isEmpty)
    }

    @Test func rejectsAMisspeltKey() {
        let text = MiniScenario.replacing("    therapists:", with: "    therapits:")
        expectSingleError(
            text, path: "municipalities[0].therapits", lineMarker: "therapits:",
            containing: "unknown key 'therapits' (did you mean 'therapists'?)")
        let error = MiniScenario.errors(text)[0]
        #expect(error.column == 5)
    }

    @Test func rejectsAWrongType() {
        expectSingleError(
            MiniScenario.replacing("capacity: 20", with: "capacity: twenty"), path: "venues[0].capacity",
            lineMarker: "capacity:", containing: "expected an integer but found a string")
    }

    @Test func rejectsAMissingRequiredKey() {
        expectSingleError(
            MiniScenario.replacing("    maxDaysPerMonth: 6\n", with: ""), path: "psychologists[0]",
            lineMarker: "- id: p1", containing: "missing required key 'maxDaysPerMonth'")
    }

    @Test func rejectsValuesOutsideTheSchema() {
        expectSingleError(
            MiniScenario.replacing("mode: virtual", with: "mode: online"),
            path: "manuals[0].supervision.mode", lineMarker: "mode: online", containing: "must be one of")
        expectSingleError(
            MiniScenario.replacing("- id: group", with: "- id: Group"), path: "meetings[0].id",
            lineMarker: "- id: Group", containing: "not a valid id")
        expectSingleError(
            MiniScenario.replacing(
                "horizon: {from: 2026-09-01, to: 2026-12-18}",
                with: "horizon: {from: 2026-09-01, to: 2026-02-30}"),
            path: "horizon.to", lineMarker: "horizon:", containing: "not a real calendar date")
        expectSingleError(
            MiniScenario.replacing("lat: 56.192", with: "lat: 95"), path: "venues[0].location.lat",
            lineMarker: "lat: 95", containing: "must be at most 90")
        expectSingleError(
            MiniScenario.replacing("version: 1", with: "version: 2"), path: "version",
            lineMarker: "version:", containing: "must be 1")
        expectSingleError(
            MiniScenario.replacing("{municipality: aarhus}", with: "{municipality: aarhus, venue: skejby}"),
            path: "meetings[0].attendees[0].origin", lineMarker: "origin:", containing: "at most 1 key")
    }

    @Test func reportsEverySchemaProblemAtOnce() {
        var text = MiniScenario.replacing("capacity: 20", with: "capacity: -1")
        text = text.replacingOccurrences(of: "    therapists:", with: "    therapits:")
        text = text.replacingOccurrences(of: "slot: pm", with: "slot: evening")
        #expect(
            MiniScenario.errors(text).map(\.path) == [
                "venues[0].capacity", "municipalities[0].therapits", "meetings[0].slot",
            ])
    }

    /// Schema errors that stop the document from decoding (a wrong type, a missing key, a date
    /// that is none) do not hide the reference errors elsewhere, and cause none of their own.
    @Test func checksReferencesBesideSchemaErrors() {
        var text = MiniScenario.replacing("capacity: 20", with: "capacity: twenty")
        text = text.replacingOccurrences(of: "    maxDaysPerMonth: 6\n", with: "")
        text = text.replacingOccurrences(
            of: "horizon: {from: 2026-09-01, to: 2026-12-18}", with: "horizon: {from: 2026-09-01, to: 2026-12-32}")
        text = text.replacingOccurrences(of: "training: {days: 2,", with: "training: {days: [2],")
        text = text.replacingOccurrences(of: "origin: {municipality: aarhus}", with: "origin: {municipality: arhus}")
        let errors = MiniScenario.errors(text)
        #expect(
            errors.map(\.path) == [
                "horizon.to", "manuals[0].training.days", "venues[0].capacity", "psychologists[0]",
                "meetings[0].attendees[0].origin.municipality",
            ], "\(errors)")
        #expect(errors.last?.message.contains("unknown municipality 'arhus' (did you mean 'aarhus'?)") == true)
    }

    /// A missing horizon, or a document that is no object at all, stands in as values that
    /// cause no message of their own (they did: "the range runs backwards: from 9999-12-31").
    @Test func aMissingHorizonIsOneError() {
        let errors = MiniScenario.errors(
            MiniScenario.replacing("horizon: {from: 2026-09-01, to: 2026-12-18}\n", with: ""))
        #expect(errors.map(\.message) == ["missing required key 'horizon'"], "\(errors)")
        for document in ["[]", "42", "{}"] {
            let found = MiniScenario.errors(document, fileName: "s.json")
            #expect(!found.isEmpty && found.allSatisfy { $0.path == "(document)" }, "\(document): \(found)")
        }
    }

    @Test func rejectsDanglingReferences() {
        expectSingleError(
            MiniScenario.replacing("home: skejby", with: "home: skejbi"), path: "psychologists[0].home",
            lineMarker: "home: skejbi", containing: "unknown venue 'skejbi' (did you mean 'skejby'?)")
        let therapist = MiniScenario.replacing(
            "      - id: aarhus-02\n        manuals: [uro]",
            with: "      - id: aarhus-02\n        manuals: [uro, ocdd]")
        let errors = MiniScenario.errors(therapist)
        #expect(errors.map(\.path) == ["municipalities[0].therapists[1].manuals[1]"])
        #expect(errors.first?.message == "unknown manual 'ocdd' (known: uro)")
        #expect(errors.first?.line == MiniScenario.line(of: "[uro, ocdd]", in: therapist))
        #expect(errors.first?.column == 24)
        expectSingleError(
            MiniScenario.replacing("venues: [skejby]", with: "venues: [aros]"), path: "meetings[0].venues[0]",
            lineMarker: "venues: [aros]", containing: "unknown venue 'aros'")
        expectSingleError(
            MiniScenario.replacing("{municipality: aarhus}", with: "{municipality: aarhuss}"),
            path: "meetings[0].attendees[0].origin.municipality", lineMarker: "origin:",
            containing: "unknown municipality")
        expectSingleError(
            MiniScenario.replacing("psychologist: p1", with: "psychologist: p9"),
            path: "meetings[0].attendees[0].psychologist", lineMarker: "psychologist: p9",
            containing: "unknown psychologist 'p9'")
    }

    @Test func rejectsDuplicateIds() {
        let text = MiniScenario.replacing("- id: aarhus-02", with: "- id: aarhus-01")
        expectSingleError(
            text, path: "municipalities[0].therapists[1].id", lineMarker: "- id: aarhus-01", occurrence: 2,
            containing: "duplicate therapist id 'aarhus-01'")
    }

    @Test func rejectsTherapistManualsTheMunicipalityDidNotChoose() {
        var text = MiniScenario.replacing("manuals: [uro]\n    therapists", with: "manuals: []\n    therapists")
        let errors = MiniScenario.errors(text)
        #expect(
            errors.map(\.path) == [
                "municipalities[0].therapists[0].manuals[0]", "municipalities[0].therapists[1].manuals[0]",
            ])
        #expect(errors.first?.message.contains("not among the manuals of 'aarhus'") == true)
        text = MiniScenario.replacing("stime: false", with: "stime: false\n    manuals: [uro]")
        expectSingleError(
            text, path: "municipalities[1].manuals", lineMarker: "manuals: [uro]", occurrence: 4,
            containing: "stime: false but lists manuals")
    }

    @Test func rejectsAnInvertedRange() {
        expectSingleError(
            MiniScenario.replacing("{from: 2026-10-01, to: 2026-10-02}", with: "{from: 2026-10-02, to: 2026-10-01}"),
            path: "venues[0].unavailable[0]", lineMarker: "from: 2026-10-02",
            containing: "from 2026-10-02 is after to 2026-10-01")
    }

    @Test func rejectsAMeetingWindowOutsideTheHorizon() {
        expectSingleError(
            MiniScenario.replacing("window: {from: 2026-09-01", with: "window: {from: 2026-08-01"),
            path: "meetings[0].window", lineMarker: "window:", containing: "not inside the horizon")
    }

    /// H12: a series that no plan can hold (sweep: a short horizon or `rotate` with one
    /// venue left plans with a hard violation and exit code 70) is invalid input.
    @Test func rejectsAMeetingSeriesThatCannotBeHeld() {
        expectSingleError(
            MiniScenario.replacing("slot: pm", with: "slot: pm\n    rotate: true"),
            path: "meetings[0].count", lineMarker: "count: 2", containing: "at most 1 can be held")
        expectSingleError(
            MiniScenario.replacing("count: 2", with: "count: 4\n    minGapWeeks: 6"),
            path: "meetings[0].count", lineMarker: "count: 4", containing: "needs 4 meetings but at most 3")
        expectSingleError(
            MiniScenario.replacing("maxDaysPerWeek: 2", with: "maxDaysPerWeek: 0"),
            path: "meetings[0].attendees[0].psychologist", lineMarker: "psychologist: p1",
            containing: "has no days")
    }

    @Test func rejectsContradictoryTrainingRules() {
        expectSingleError(
            MiniScenario.replacing("cohortMin: 2, cohortMax: 6", with: "cohortMin: 8, cohortMax: 6"),
            path: "manuals[0].training.cohortMin", lineMarker: "training:",
            containing: "cohortMin (8) is greater than cohortMax (6)")
        expectSingleError(
            MiniScenario.replacing("minGapDays: 7, maxGapDays: 14", with: "minGapDays: 21, maxGapDays: 14"),
            path: "manuals[0].training.minGapDays", lineMarker: "training:",
            containing: "minGapDays (21) is greater than maxGapDays (14)")
    }

    @Test func rejectsBadSlotTimes() {
        expectSingleError(
            MiniScenario.replacing(
                "am: {start: \"09:00\", end: \"12:00\"}", with: "am: {start: \"12:00\", end: \"09:00\"}"),
            path: "slots.am", lineMarker: "am: {", containing: "must end after it starts")
        expectSingleError(
            MiniScenario.replacing("end: \"12:00\"", with: "end: \"13:00\""),
            path: "slots.pm", lineMarker: "pm: {", containing: "the slots overlap")
        expectSingleError(
            MiniScenario.replacing("end: \"12:00\"", with: "end: \"12:60\""),
            path: "slots.am.end", lineMarker: "am: {", containing: "HH:MM")
    }

    @Test func rejectsADurationLongerThanItsSlot() {
        // `any` is compared with both slots; shorten only am so exactly one is too short.
        let supervision = MiniScenario.replacing("mode: virtual}", with: "mode: virtual, durationMinutes: 170}")
            .replacingOccurrences(of: "end: \"12:00\"", with: "end: \"11:45\"")
        expectSingleError(
            supervision, path: "manuals[0].supervision.durationMinutes", lineMarker: "supervision:",
            containing: "longer than the am slot")
        expectSingleError(
            MiniScenario.replacing("slot: pm", with: "slot: pm\n    durationMinutes: 200"),
            path: "meetings[0].durationMinutes", lineMarker: "durationMinutes: 200",
            containing: "longer than the pm slot")
    }

    @Test func rejectsAnUnknownTimeZone() {
        expectSingleError(
            MiniScenario.replacing("name: mini", with: "name: mini\ntimezone: Europe/Aarhus"),
            path: "timezone", lineMarker: "timezone:", containing: "unknown time zone 'Europe/Aarhus'")
    }

    @Test(arguments: ["UTC", "GMT", "Etc/UTC", "Etc/GMT+5", "America/New_York", "Asia/Kolkata", "US/Eastern"])
    func acceptsEveryTimeZoneOfTzdata(_ zone: String) {
        let text = MiniScenario.replacing("name: mini", with: "name: mini\ntimezone: \(zone)")
        #expect(MiniScenario.errors(text).isEmpty, "\(MiniScenario.errors(text))")
    }

    @Test(arguments: ["GMT+5", "UTC+01:00", "GMT-0130", "utc", "Mars/Olympus", ""])
    func rejectsNamesThatAreNoZone(_ zone: String) {
        expectSingleError(
            MiniScenario.replacing("name: mini", with: "name: mini\ntimezone: '\(zone)'"),
            path: "timezone", lineMarker: "timezone:", containing: "unknown time zone")
    }

    @Test func warnsAboutLegalButUnlikelyThings() {
        let extra = """
              - id: p2
                name: P Two
                home: skejby
                manuals: []
                maxDaysPerWeek: 1
                maxDaysPerMonth: 4
            meetings:

            """
        let text = MiniScenario.replacing("trainers: 1", with: "trainers: 2")
            .replacingOccurrences(of: "meetings:\n", with: extra)
        let issues = MiniScenario.issues(text)
        #expect(issues.allSatisfy { !$0.isError }, "\(issues)")
        #expect(
            issues.contains {
                $0.path == "manuals[0].training.trainers" && $0.message.contains("only 1 psychologist is certified")
            })
        #expect(
            issues.contains { $0.path == "psychologists[1].manuals" && $0.message.contains("certified for no manual") })
        #expect(issues.allSatisfy { $0.description.contains(": warning: ") })
    }
}
