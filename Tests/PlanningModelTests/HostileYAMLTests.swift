import Foundation
import Testing

@testable import PlanningModel

/// YAML that expands without bound ("billion laughs") is invalid input with a position, found
/// before it is expanded; sharing a list by an alias still works.
@Suite struct HostileYAMLTests {
    /// Nine levels of nine aliases each: 9^9 (387 million) strings from a 400-byte file.
    private static let laughs: String = {
        var lines = ["lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    private func onlyError(_ text: String) -> ScenarioIssue? {
        let issues = ScenarioLoaderTests.invalidIssues(data: Data(text.utf8), fileName: "bomb.yaml")
        #expect(issues.count == 1, "\(issues)")
        return issues.first
    }

    @Test func rejectsNestedAliasesWithThePlaceTheyExplode() throws {
        let error = try #require(onlyError(Self.laughs))
        #expect(error.message.contains("aliases expand to more than 100000 values"), "\(error.message)")
        #expect(error.line == 6 && error.column != nil, "\(error)")
    }

    @Test func rejectsAliasesUsedAsKeys() throws {
        // Yams would hash every key in full before any check of ours.
        let error = try #require(onlyError(Self.laughs + "keys: {*i : 1, *h : 2}\n"))
        #expect(error.message.contains("aliases expand"))
    }

    @Test func rejectsALongTextRepeatedByAliases() throws {
        let text =
            "a: &a \"\(String(repeating: "x", count: 100_000))\"\nb: ["
            + Array(repeating: "*a", count: 200)
            .joined(separator: ", ") + "]\n"
        let error = try #require(onlyError(text))
        #expect(error.message.contains("10000000 characters"))
        #expect(error.line == 2)
    }

    @Test func acceptsAListSharedByAnAlias() throws {
        let text = MiniScenario.replacing("    manuals: [uro]\n", with: "    manuals: &chosen [uro]\n")
            .replacingOccurrences(of: "        manuals: [uro]\n", with: "        manuals: *chosen\n")
        #expect(text.contains("*chosen"))
        #expect(MiniScenario.errors(text).isEmpty, "\(MiniScenario.errors(text))")
    }

    @Test func rejectsADocumentLargerThanTheLimit() throws {
        let data = Data(repeating: UInt8(ascii: " "), count: ScenarioLimits.documentBytes + 1)
        let issues = ScenarioLoaderTests.invalidIssues(data: data, fileName: "big.yaml")
        #expect(issues.count == 1 && issues.first?.line == 1 && issues.first?.column == 1, "\(issues)")
        #expect(issues.first?.message.contains("at most \(ScenarioLimits.documentBytes)") == true)
    }
}
