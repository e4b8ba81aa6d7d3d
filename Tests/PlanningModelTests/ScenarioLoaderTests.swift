import Foundation
import TestSupport
import Testing

@testable import PlanningModel

@Suite struct ScenarioLoaderTests {
    @Test(arguments: SharedScenarios.names)
    func validatesEverySharedScenario(_ name: String) throws {
        let url = SharedScenarios.url(name)
        let loaded = try ScenarioLoader().load(url.path)
        #expect(loaded.sourceName == url.path)
        #expect(!loaded.calendar.workdays.isEmpty)
        #expect(loaded.warnings.allSatisfy { !$0.isError })
    }

    @Test func loadsTheEmbeddedScenarioByDefault() throws {
        let implicit = try ScenarioLoader().load(nil)
        let named = try ScenarioLoader().load("default")
        #expect(implicit.sourceName == "default")
        #expect(implicit.scenario == named.scenario)
        #expect(implicit.scenario.municipalities.count == 19)
        #expect(implicit.warnings.isEmpty)
    }

    @Test func fillsDocumentedDefaults() throws {
        let loaded = try ScenarioLoader().load(
            data: Data(MiniScenario.yaml.utf8), fileName: "mini.yaml", baseDirectory: nil)
        let scenario = loaded.scenario
        #expect(scenario.timezone == "Europe/Copenhagen")
        #expect(scenario.calendar.workdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(scenario.travel.roadFactor == 1.3)
        #expect(scenario.weights.unassigned == 10000)
        #expect(scenario.manuals[0].supervision.slot == .any)
        #expect(scenario.manuals[0].supervision.durationMinutes == 150)
        #expect(scenario.venues[0].rooms == 1)
        #expect(scenario.meetings[0].durationMinutes == 180)
        #expect(scenario.meetings[0].rotate == false)
        #expect(scenario.municipalities[1].manuals.isEmpty)
        #expect(loaded.document.value(at: "/venues/0/rooms") == nil)
    }

    @Test(arguments: SharedScenarios.names)
    func readsTheSameScenarioFromYAMLAndJSON(_ name: String) throws {
        let data = try Data(contentsOf: SharedScenarios.url(name))
        let fromJSON = try ScenarioLoader().load(data: data, fileName: name, baseDirectory: nil)
        let yaml = YAMLText.render(fromJSON.document)
        let fromYAML = try ScenarioLoader().load(data: Data(yaml.utf8), fileName: "copy.yaml", baseDirectory: nil)
        #expect(fromYAML.scenario == fromJSON.scenario)
        #expect(fromYAML.document == fromJSON.document)
    }

    @Test func readsYAMLScalarsByTheCoreSchema() throws {
        let text = MiniScenario.replacing("name: mini", with: "name: no")
        let loaded = try ScenarioLoader().load(data: Data(text.utf8), fileName: "mini.yml", baseDirectory: nil)
        #expect(loaded.scenario.name == "no")
        #expect(loaded.scenario.horizon.from == CalendarDay(iso: "2026-09-01"))
    }

    @Test func reportsAMissingFileAsUnreadable() {
        #expect(throws: ScenarioLoadError.unreadable(file: "/nonexistent/s.json", reason: "no such file")) {
            try ScenarioLoader().load("/nonexistent/s.json")
        }
    }

    @Test func reportsADirectoryAsUnreadable() throws {
        let error = #expect(throws: ScenarioLoadError.self) { try ScenarioLoader().load(NSTemporaryDirectory()) }
        guard case .unreadable(_, let reason)? = error else {
            Issue.record("expected unreadable")
            return
        }
        #expect(reason.contains("directory"))
    }

    @Test(arguments: [
        ("empty.json", Data(), "the file is empty"),
        ("blank.yaml", Data(" \n\n".utf8), "the file is empty"),
        ("comments.yaml", Data("# nothing here\n".utf8), "the file is empty"),
        ("binary.json", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), "not text"),
        ("latin1.yaml", Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xF8]), "not text"),
    ])
    func rejectsFilesWithoutADocument(_ name: String, _ data: Data, _ phrase: String) {
        let issues = Self.invalidIssues(data: data, fileName: name)
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains(phrase) == true)
        #expect(issues.first?.file == name)
    }

    @Test func pointsAtTheSyntaxErrorInJSON() {
        let text = "{\n  \"version\": 1,\n  \"name\": \"x\",,\n}"
        let issues = Self.invalidIssues(data: Data(text.utf8), fileName: "broken.json")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 3 && issues.first?.column == 15)
        #expect(issues.first?.message.hasPrefix("malformed JSON") == true)
        #expect(issues.first?.description.hasPrefix("broken.json:3:15: error: (document): malformed JSON") == true)
    }

    @Test(arguments: ["{\"a\": [1, 2,]}", "{\"a\": 1, \"a\": 2}", "{'a': 1}", "{\"a\": 1} x", "{\"a\": 01}"])
    func isStrictAboutJSON(_ text: String) {
        let issues = Self.invalidIssues(data: Data(text.utf8), fileName: "strict.json")
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("malformed JSON") == true)
        #expect(issues.first?.line == 1)
    }

    @Test func pointsAtTheSyntaxErrorInYAML() {
        let text = MiniScenario.replacing("manuals: [uro]\n    therapists", with: "manuals: [uro\n    therapists")
        let issues = Self.invalidIssues(data: Data(text.utf8), fileName: "broken.yaml")
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("malformed YAML") == true)
        #expect(issues.first?.line != nil)
    }

    @Test func rejectsDuplicateYAMLKeys() {
        let text = MiniScenario.replacing("name: mini", with: "name: mini\nname: again")
        let issues = Self.invalidIssues(data: Data(text.utf8), fileName: "twice.yaml")
        #expect(issues.first?.message.contains("duplicate key 'name'") == true)
    }

    @Test func checksAnInMemoryScenario() throws {
        var scenario = try ScenarioLoader().load(nil).scenario
        #expect(ScenarioLoader().validate(scenario).filter(\.isError).isEmpty)
        scenario.psychologists[0].home = "mars"
        let issues = ScenarioLoader().validate(scenario)
        #expect(issues.contains { $0.isError && $0.path == "psychologists[0].home" && $0.line == nil })
    }

    static func invalidIssues(data: Data, fileName: String) -> [ScenarioIssue] {
        do {
            _ = try ScenarioLoader().load(data: data, fileName: fileName, baseDirectory: nil)
            return []
        } catch {
            guard case .invalid(let issues) = error else { return [] }
            return issues
        }
    }
}
