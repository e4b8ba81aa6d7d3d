import Foundation

/// The resources shipped inside the model: the default scenario and the schema.
enum EmbeddedResources {
    /// Name under which the embedded scenario is loaded, also accepted as SCENARIO.
    static let defaultScenarioName = "default"

    /// The bytes of the embedded Region Midtjylland scenario.
    static func defaultScenario() throws(ScenarioLoadError) -> Data {
        try data("midtjylland-2026", description: "the embedded default scenario")
    }

    /// The parsed `scenario.schema.json`, read once.
    static let schema: JSONValue? = {
        guard let data = try? data("scenario.schema", description: "the scenario schema"),
            let node = try? JSONSourceParser.parse(Array(data))
        else { return nil }
        return node.jsonValue
    }()

    private static func data(_ name: String, description: String) throws(ScenarioLoadError) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
            throw .unreadable(file: defaultScenarioName, reason: "\(description) is missing from the installation")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(
                file: defaultScenarioName, reason: "\(description) cannot be read: \(error.localizedDescription)")
        }
    }
}
