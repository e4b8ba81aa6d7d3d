import Foundation
import PlanningModel

/// A booking request's JSON body, read strictly: a JSON object with exactly the expected
/// fields (400 with the JSON path for anything else), values checked by the caller (422).
struct BookingRequest {
    let fields: [String: JSONValue]

    /// Parses `body` as an object with the `required` fields and no others.
    ///
    /// - Throws: ``APIError`` 400: not JSON, not an object, a missing or unknown field.
    init(_ body: Data, required: [String]) throws(APIError) {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
        guard case .object(let fields) = root else {
            throw .badRequest(
                "the body must be a JSON object with \(required.map { "'\($0)'" }.joined(separator: ", "))", path: "$")
        }
        if let unknown = fields.keys.sorted().first(where: { !required.contains($0) }) {
            throw .badRequest(
                "unknown field '\(unknown)' (expected \(required.map { "'\($0)'" }.joined(separator: ", ")))",
                path: unknown)
        }
        if let missing = required.first(where: { fields[$0] == nil }) {
            throw .badRequest("missing field '\(missing)'", path: missing)
        }
        self.fields = fields
    }

    /// The non-empty string field `name`.
    func string(_ name: String) throws(APIError) -> String {
        guard case .string(let value)? = fields[name], !value.isEmpty, value.count <= 200 else {
            throw .badRequest("'\(name)' must be a non-empty string (at most 200 characters)", path: name)
        }
        return value
    }

    /// The date field `name` (`YYYY-MM-DD`); 422 when it is a string but no date.
    func day(_ name: String) throws(APIError) -> CalendarDay {
        let text = try string(name)
        guard let day = CalendarDay(iso: text) else {
            throw APIError(
                .unprocessableContent, code: "INVALID_VALUE", message: "\(name): '\(text)' is not a date YYYY-MM-DD",
                path: name)
        }
        return day
    }

    /// The object field `name`.
    func object(_ name: String) throws(APIError) -> JSONValue {
        guard let value = fields[name], case .object = value else {
            throw .badRequest("'\(name)' must be a JSON object", path: name)
        }
        return value
    }
}
