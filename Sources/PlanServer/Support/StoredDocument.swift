import Foundation
import PlanningModel

extension JSONValue {
    /// The document as the store keeps a scenario (and a waitlisted therapist): pretty-printed
    /// with sorted keys, as `plan.json` is written, so the same document always gives the
    /// same bytes.
    func storedData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
