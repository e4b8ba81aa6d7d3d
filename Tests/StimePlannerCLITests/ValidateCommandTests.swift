import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct ValidateCommandTests {
    /// The shared tiny-1 scenario's text, broken in one place.
    private func tinyText(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: SharedScenarios.url("tiny-1.json"), encoding: .utf8)
        let range = try #require(text.range(of: old))
        return text.replacingCharacters(in: range, with: new)
    }

    private func validate(_ name: String, _ contents: Data) throws -> PlannerBinary.Run {
        let directory = try PlannerBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try contents.write(to: directory.appendingPathComponent(name))
        return try PlannerBinary.run(["validate", name], in: directory)
    }

    @Test func summarisesTheDefaultScenario() throws {
        let run = try PlannerBinary.run(["validate"])
        #expect(run.status == 0, "\(run.standardError)")
        for phrase in [
            "In STIME: 14 municipalities", "Not in STIME (5)", "certified psychologists", "uro",
            "Workdays per month", "2026-07 23 (23)", "Valid: no errors",
        ] {
            #expect(run.standardOutput.contains(phrase), "\(phrase)")
        }
        #expect(run.standardOutput.split(separator: "\n").count <= 40)
    }

    @Test(arguments: ["midtjylland-2026.json", "tight-2026.json", "tiny-1.json", "tiny-2.json"])
    func acceptsEverySharedScenario(_ name: String) throws {
        let run = try PlannerBinary.run(["validate", SharedScenarios.url(name).path])
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func rejectsAMisspeltKey() throws {
        let text = try tinyText(replacing: "\"therapists\"", with: "\"therapits\"")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("s.json:"))
        #expect(
            run.standardError.contains(
                "error: municipalities[0].therapits: unknown key 'therapits' (did you mean 'therapists'?)"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func rejectsAWrongType() throws {
        let text = try tinyText(replacing: "\"capacity\": 36", with: "\"capacity\": \"36\"")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("error: venues[0].capacity: expected an integer but found a string"))
    }

    @Test func rejectsADanglingReference() throws {
        let text = try tinyText(replacing: "\"home\": \"bua-skejby\"", with: "\"home\": \"bua-skejbyy\"")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("home: unknown venue 'bua-skejbyy' (did you mean 'bua-skejby'?)"))
    }

    @Test func rejectsCohortMinAboveCohortMax() throws {
        let text = try tinyText(replacing: "\"cohortMin\": 3", with: "\"cohortMin\": 9")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(
            run.standardError.contains("manuals[0].training.cohortMin: cohortMin (9) is greater than cohortMax (6)"))
    }

    @Test func rejectsAnInvertedDateRange() throws {
        let text = try tinyText(replacing: "\"from\": \"2026-10-10\"", with: "\"from\": \"2026-10-20\"")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("calendar.schoolHolidays[0]: the range runs backwards"))
    }

    @Test func rejectsADurationLongerThanItsSlot() throws {
        let text = try tinyText(replacing: "\"durationMinutes\": 150", with: "\"durationMinutes\": 200")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(
            run.standardError.contains(
                "manuals[0].supervision.durationMinutes: durationMinutes (200) is longer than the am slot"))
    }

    @Test func listsEveryProblemAtOnce() throws {
        var text = try tinyText(replacing: "\"cohortMin\": 3", with: "\"cohortMin\": 9")
        text = text.replacingOccurrences(of: "\"home\": \"bua-skejby\"", with: "\"home\": \"nowhere\"")
        let run = try validate("s.json", Data(text.utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("cohortMin (9)"))
        #expect(run.standardError.contains("unknown venue 'nowhere'"))
    }

    @Test func rejectsMalformedJSON() throws {
        let run = try validate("s.json", Data("{\n  \"version\": 1,\n  \"name\": }\n".utf8))
        #expect(run.status == 65)
        #expect(
            run.standardError.contains("s.json:3:11: error: (document): malformed JSON: expected a value but found '}'")
        )
    }

    @Test func rejectsMalformedYAML() throws {
        let run = try validate("s.yaml", Data("version: 1\nname: [unclosed\nhorizon: {}\n".utf8))
        #expect(run.status == 65)
        #expect(run.standardError.contains("s.yaml:"))
        #expect(run.standardError.contains("malformed YAML"))
    }

    @Test func rejectsAnEmptyFile() throws {
        let run = try validate("s.yaml", Data())
        #expect(run.status == 65)
        #expect(run.standardError.contains("s.yaml:1:1: error: (document): the file is empty"))
    }

    @Test func rejectsABinaryFile() throws {
        let run = try validate("s.json", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        #expect(run.status == 65)
        #expect(run.standardError.contains("the file is not text"))
    }

    @Test func rejectsAMissingFile() throws {
        let run = try PlannerBinary.run(["validate", "/nonexistent/scenario.yaml"])
        #expect(run.status == 66)
        #expect(run.standardError == "/nonexistent/scenario.yaml: error: cannot read the scenario: no such file\n")
    }

    @Test func aMissingCalendarFileIsUnreadableInputAndAGarbledOneInvalid() throws {
        let directory = try PlannerBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try tinyText(
            replacing: "\"calendar\": {", with: "\"calendar\": {\"closedCalendars\": [\"closed.ics\"],")
        try Data(text.utf8).write(to: directory.appendingPathComponent("s.json"))
        let missing = try PlannerBinary.run(["validate", "s.json"], in: directory)
        #expect(missing.status == 66, "\(missing.standardError)")
        #expect(
            missing.standardError.contains("s.json:8:") && missing.standardError.contains("calendar file not found"))
        try Data("BEGIN:VCALENDAR\r\nnonsense\r\n".utf8).write(to: directory.appendingPathComponent("closed.ics"))
        let garbled = try PlannerBinary.run(["validate", "s.json"], in: directory)
        #expect(garbled.status == 65, "\(garbled.standardError)")
        #expect(garbled.standardError.contains("error: calendar.closedCalendars[0]:"))
    }

    @Test func rejectsADirectory() throws {
        let run = try PlannerBinary.run(["validate", NSTemporaryDirectory()])
        #expect(run.status == 66)
        #expect(run.standardError.contains("is a directory"))
    }

    @Test func rejectsWrongUsage() throws {
        let run = try PlannerBinary.run(["validate", "--no-such-flag"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("Unknown option"))
    }

    @Test func countsInTheRightNumber() throws {
        let source = try Data(contentsOf: SharedScenarios.url("tiny-1.json"))
        var document = try #require(try JSONSerialization.jsonObject(with: source) as? [String: Any])
        let municipalities = try #require(document["municipalities"] as? [[String: Any]])
        document["municipalities"] = municipalities.filter { $0["id"] as? String == "norddjurs" }
        let run = try validate("one.json", try JSONSerialization.data(withJSONObject: document))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("In STIME: 1 municipality (therapists), 4 needs"))
        #expect(!run.standardOutput.contains(" 1 municipalities"))
    }

    @Test func neverPrintsAStackTrace() throws {
        for contents in ["[]", "42", "null", "{\"version\": 1}", "- a\n- b\n", "\"text\""] {
            let run = try validate("s.yaml", Data(contents.utf8))
            #expect(run.status == 65, "\(contents)")
            #expect(
                !run.standardError.contains("Backtrac") && !run.standardError.contains("Fatal error"), "\(contents)")
        }
    }
}
