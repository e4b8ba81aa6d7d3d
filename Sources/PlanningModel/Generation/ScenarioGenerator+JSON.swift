import Foundation

extension ScenarioGenerator {
    /// A scenario as stable JSON: pretty-printed with sorted keys and a final newline, so
    /// the same scenario always gives the same bytes (what `generate` prints).
    ///
    /// - Throws: an `EncodingError` only for values JSON cannot hold (not produced here).
    public static func jsonData(_ scenario: Scenario) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(scenario)
        data.append(0x0A)
        return data
    }
}
