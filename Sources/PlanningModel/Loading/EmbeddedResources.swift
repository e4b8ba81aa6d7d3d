import Foundation

/// The resources shipped inside the model: the default scenario and the schemas.
enum EmbeddedResources {
    /// Name under which the embedded scenario is loaded, also accepted as SCENARIO.
    static let defaultScenarioName = "default"

    /// The bytes of the embedded Region Midtjylland scenario.
    static func defaultScenario() throws(ScenarioLoadError) -> Data {
        try data("midtjylland-2026", description: "the embedded default scenario")
    }

    /// The parsed `scenario.schema.json`, read once.
    static let schema: JSONValue? = parsedSchema("scenario.schema")

    /// The parsed `plan.schema.json` (with REPLAN.md's fields), read once.
    static let planSchema: JSONValue? = parsedSchema("plan.schema")

    /// The parsed `pins.schema.json` (REPLAN.md's pins file), read once.
    static let pinsSchema: JSONValue? = parsedSchema("pins.schema")

    private static func parsedSchema(_ name: String) -> JSONValue? {
        guard let data = try? data(name, description: "the schema \(name).json"),
            let node = try? JSONSourceParser.parse(Array(data))
        else { return nil }
        return node.jsonValue
    }

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
