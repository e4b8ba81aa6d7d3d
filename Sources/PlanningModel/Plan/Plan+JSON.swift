import Foundation

extension Plan {
    /// The plan as `plan.json`: pretty-printed with sorted keys, so the same plan always
    /// gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a plan written by ``jsonData()``.
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(Plan.self, from: data)
    }
}
