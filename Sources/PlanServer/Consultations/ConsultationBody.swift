import Foundation
import PlanningModel

/// The JSON bodies of the consultation requests, read strictly: an object, no unknown field,
/// every value of its type (400 with the field's path otherwise).
enum ConsultationBody {
    private static let slotFields: Set<String> = ["date", "start", "minutes", "mode", "venue"]

    /// `{"date", "start", "minutes", "mode", "venue"?}`; with `partial` every field may be left out
    /// (a change), but not all of them.
    static func slot(_ data: Data, partial: Bool) throws(APIError) -> ConsultationInput {
        let members = try object(data, fields: slotFields)
        var input = ConsultationInput(
            date: try text(members, "date"), start: try text(members, "start"), minutes: nil,
            mode: try text(members, "mode"), venue: try text(members, "venue", nullable: true))
        switch members["minutes"] {
        case nil: break
        case .int(let minutes)?: input.minutes = String(minutes)
        default: throw .badRequest("'minutes' must be a whole number of minutes", path: "minutes")
        }
        if partial {
            guard !members.isEmpty else {
                throw .badRequest("nothing to change: give at least one of date, start, minutes, mode, venue")
            }
        } else {
            for field in ["date", "start", "minutes", "mode"] where members[field] == nil {
                throw .badRequest("missing field '\(field)'", path: field)
            }
        }
        return input
    }

    /// `{"therapist", "topic"}`.
    static func booking(_ data: Data) throws(APIError) -> (therapist: String, topic: String) {
        let members = try object(data, fields: ["therapist", "topic"])
        guard let therapist = try text(members, "therapist") else {
            throw .badRequest("missing field 'therapist'", path: "therapist")
        }
        guard let topic = try text(members, "topic") else { throw .badRequest("missing field 'topic'", path: "topic") }
        return (therapist, topic)
    }

    private static func object(_ data: Data, fields: Set<String>) throws(APIError) -> [String: JSONValue] {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
        guard case .object(let members) = root else { throw .badRequest("the body must be a JSON object", path: "$") }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            let expected = fields.sorted().joined(separator: ", ")
            throw .badRequest(
                "unknown field '\(unknown.prefix(40))' (expected \(expected))", path: String(unknown.prefix(40)))
        }
        return members
    }

    private static func text(
        _ members: [String: JSONValue], _ field: String, nullable: Bool = false
    ) throws(APIError) -> String? {
        switch members[field] {
        case nil: return nil
        case .null? where nullable: return nil
        case .string(let value)?: return value
        default: throw .badRequest("'\(field)' must be a string", path: field)
        }
    }
}
