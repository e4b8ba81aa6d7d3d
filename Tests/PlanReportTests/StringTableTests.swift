import Foundation
import PlanTemplates
import PlanningModel
import Testing

@Suite struct StringTableTests {
    private let table = StringTable(
        language: .en,
        entries: [
            "count.needs.one": "{count} need", "count.needs.other": "{count} needs", "plain": "{who} has {what}",
            "common.and": "and",
        ])

    @Test func choosesTheFormForTheCount() {
        #expect(table.format("count.needs", count: 1) == "1 need")
        #expect(table.format("count.needs", count: 0) == "0 needs")
        #expect(table.format("count.needs", count: 2) == "2 needs")
    }

    @Test func fillsPlaceholdersOnceAndKeepsUnknownOnes() {
        #expect(table.format("plain", ["who": "{what}", "what": "x"]) == "{what} has x")
        #expect(table.format("plain", ["who": "a"]) == "a has {what}")
        #expect(table.format("missing.key") == "missing.key")
    }

    @Test func joinsWordsWithTheLanguagesAnd() {
        #expect(table.joined(["a"]) == "a")
        #expect(table.joined(["a", "b", "c"]) == "a, b and c")
    }

    @Test(arguments: OutputLanguage.allCases)
    func bundledTablesHaveBothFormsOfEveryCountedText(_ language: OutputLanguage) throws {
        let strings = try StringTable.bundled(language)
        for key in strings.entries.keys where key.hasSuffix(".one") {
            #expect(strings.entries[String(key.dropLast(4)) + ".other"] != nil, "\(key)")
        }
        #expect(strings.tree["summary"] is [String: Any])
    }

    @Test func reportTextsAgreeWithTheirCount() throws {
        let english = try StringTable.bundled(.en)
        #expect(english.format("unassigned.intro", count: 1).hasPrefix("1 need has no cohort."))
        #expect(english.format("unassigned.intro", count: 2).hasPrefix("2 needs have no cohort."))
        #expect(english.format("map.lineTitle", count: 1, ["municipality": "A", "venue": "B"]) == "A → B: 1 therapist")
        let danish = try StringTable.bundled(.da)
        #expect(danish.format("load.barTitle", count: 1, ["max": "6"]) == "1 dag (grænse 6)")
        #expect(danish.format("status.textViolations", count: 2).hasPrefix("Planen bryder 2 hårde regler"))
    }

    @Test func aBrokenTableNamesItsFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("strings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\"a\": [1]}".utf8).write(to: directory.appendingPathComponent("strings-da.json"))
        #expect(throws: StringTableError.self) { try StringTable(directory: directory, language: .da) }
    }
}
