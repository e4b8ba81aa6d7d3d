import Foundation
import Planner
import PlanningModel
import TestSupport
import Testing

@testable import PlanCalendars

/// Every physical line of every exported calendar is well formed (RFC 5545 §3.1).
@Suite struct CalendarLinesTests {
    /// The problems of one file's physical lines: a bare CR or LF, a line over 75 octets,
    /// a continuation line that is empty or starts with more than one space.
    static func lineProblems(_ text: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(text.utf8)
        if !text.hasSuffix("\r\n") { problems.append("the text does not end in CRLF") }
        var lineStart = 0
        var number = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                number += 1
                let line = bytes[lineStart..<index]
                if line.count > 75 { problems.append("line \(number): \(line.count) octets") }
                if line.first == 0x20 {
                    if line.count < 2 { problems.append("line \(number): empty continuation line") }
                    if line.count >= 2, line[line.startIndex + 1] == 0x20 {
                        problems.append("line \(number): continuation starts with two spaces")
                    }
                }
                if line.isEmpty { problems.append("line \(number): empty line") }
                index += 2
                lineStart = index
                continue
            }
            if byte == 0x0D || byte == 0x0A {
                problems.append("line \(number + 1): bare \(byte == 0x0D ? "CR" : "LF")")
            }
            index += 1
        }
        return problems
    }

    /// Every file of the export: lines well formed, and libical reads each file back and
    /// writes the same text again (the unfolded content survives a round trip).
    static func checkEveryFile(scenario: Scenario, plan: Plan, label: String) throws {
        let files = try CalendarExport(scenario: scenario, plan: plan, timestamp: Fixtures.stamp).files()
        #expect(files.count > 1, "\(label)")
        for file in files {
            let problems = lineProblems(file.contents)
            #expect(problems.isEmpty, "\(label) \(file.name): \(problems.prefix(3))")
            let again = try Libical.run { () throws -> String in try ICalParser.parse(file.contents).serialized() }
            #expect(again == file.contents, "\(label) \(file.name): libical does not read back what was written")
        }
    }

    private static func plan(_ scenario: Scenario) -> Plan {
        StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
            .solve(PlannerOptions(seed: 1, iterations: 0, suggestions: false, proveOptimality: false))
    }

    @Test(arguments: ["midtjylland-2026.json", "tight-2026.json"])
    func everyLineOfASharedScenariosCalendarsIsWellFormed(name: String) throws {
        let scenario = try JSONDecoder().decode(Scenario.self, from: Data(contentsOf: SharedScenarios.url(name)))
        try Self.checkEveryFile(scenario: scenario, plan: Self.plan(scenario), label: name)
    }

    @Test func everyLineOfAGeneratedNationalScenariosCalendarsIsWellFormed() throws {
        let data = try ScenarioGenerator.jsonData(ScenarioGenerator(municipalities: 98, seed: 7).generate())
        let scenario = try JSONDecoder().decode(Scenario.self, from: data)
        try Self.checkEveryFile(scenario: scenario, plan: Self.plan(scenario), label: "generated N = 98")
    }

    // MARK: - Folding

    /// libical 3.0.16's output for a `UID` whose text after the fold is 75 octets with its
    /// CRLF: the CR stays behind and the LF becomes a continuation line.
    @Test func libicalsBrokenFoldIsMended() {
        let value = String(repeating: "u", count: 73)
        let broken = "BEGIN:VEVENT\r\nUID:\r\n \(value)\r\r\n \nEND:VEVENT\r\n"
        let uid = "UID:\(value)"
        #expect(
            ICalFolding.refolded(broken)
                == "BEGIN:VEVENT\r\n\(uid.prefix(75))\r\n \(uid.dropFirst(75))\r\nEND:VEVENT\r\n")
    }

    @Test(arguments: [2, 74, 75, 76, 149, 150, 151, 500])
    func aLineOfAnyLengthFoldsIntoFullLinesAndUnfoldsToItself(length: Int) {
        let line = "X:" + String(repeating: "a", count: length - 2)
        let folded = ICalFolding.refolded(line + "\r\n")
        #expect(Self.lineProblems(folded).isEmpty, "\(folded.debugDescription)")
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        let physical = folded.split(separator: "\r\n")
        #expect(physical.count == (length <= 75 ? 1 : 1 + (length - 75 + 73) / 74))
        #expect(physical.dropLast().allSatisfy { $0.utf8.count == 75 }, "every line but the last is full")
    }

    @Test func foldsNeverSplitALetterNorStartWithASpace() {
        let line = "DESCRIPTION:" + String(repeating: "Æblegrød og rødbedesuppe på Ørsted ", count: 12)
        let folded = ICalFolding.refolded(line + "\r\n")
        #expect(Self.lineProblems(folded).isEmpty, "\(folded.debugDescription)")
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        #expect(!folded.contains("\u{FFFD}"), "a fold split a UTF-8 sequence")
        #expect(folded.split(separator: "\r\n").count > 5)
    }
}
