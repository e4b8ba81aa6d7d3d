import Foundation
import Testing

@testable import PlanningModel

@Suite struct ReadmeExampleTests {
    @Test func theReadmeScenarioExampleIsValid() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let yaml = String(text[start.upperBound..<end.lowerBound])
        let loaded = try ScenarioLoader().load(data: Data(yaml.utf8), fileName: "README.yaml", baseDirectory: nil)
        #expect(loaded.scenario.needs.count == 3)
        #expect(loaded.warnings.isEmpty)
    }
}
