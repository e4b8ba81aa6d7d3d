import Foundation
import PlanningModel

/// The body of `PUT /api/v1/meetings/{series}/{date}/details`: `{"agenda": URL?, "note": TEXT?}`,
/// checked strictly. A missing, null or blank field means none (the PUT replaces both).
struct MeetingDetailsInput: Sendable, Equatable {
    /// An `http` or `https` URL of at most ``agendaLimit`` characters.
    let agenda: String?
    /// Plain text of at most ``noteLimit`` characters.
    let note: String?

    static let agendaLimit = 500
    static let noteLimit = 1000
    private static let fields: Set<String> = ["agenda", "note"]

    /// Parses and checks a body.
    ///
    /// - Throws: ``APIError`` 400 for a body that is not a JSON object, has an unknown field or
    ///   a field that is not a string or null; 422 `INVALID_DETAILS` with the field's path for
    ///   an agenda that is not an http(s) URL or too long, or a note that is too long, holds
    ///   control characters or what looks like a CPR number.
    static func parse(_ body: Data) throws(APIError) -> MeetingDetailsInput {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
        guard case .object(let members) = root else {
            throw .badRequest("the body must be a JSON object with 'agenda' and 'note'", path: "$")
        }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            throw .badRequest("unknown field '\(unknown)' (expected 'agenda' and 'note')", path: unknown)
        }
        return try checked(
            agenda: try text(members["agenda"], field: "agenda"), note: try text(members["note"], field: "note"))
    }

    /// The details of a form or body: each trimmed of surrounding white space (nil when blank)
    /// and checked.
    ///
    /// - Throws: ``APIError`` 422 `INVALID_DETAILS` with the field as `path`.
    static func checked(agenda: String?, note: String?) throws(APIError) -> MeetingDetailsInput {
        let agenda = agenda.flatMap(normalized)
        let note = note.flatMap(normalized)
        if let agenda { try checkAgenda(agenda) }
        if let note { try checkNote(note) }
        return MeetingDetailsInput(agenda: agenda, note: note)
    }

    /// A string field; nil when missing or null.
    private static func text(_ value: JSONValue?, field: String) throws(APIError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw .badRequest("'\(field)' must be a string or null", path: field)
        }
    }

    /// `text` with CRLF as LF, trimmed; nil when blank.
    private static func normalized(_ text: String) -> String? {
        let trimmed = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func checkAgenda(_ agenda: String) throws(APIError) {
        guard agenda.count <= agendaLimit else {
            throw invalid("agenda", "the agenda link is \(agenda.count) characters long; at most \(agendaLimit)")
        }
        guard !agenda.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }),
            let components = URLComponents(string: agenda),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else {
            throw invalid("agenda", "the agenda link must be an http:// or https:// address without spaces")
        }
    }

    private static func checkNote(_ note: String) throws(APIError) {
        guard note.count <= noteLimit else {
            throw invalid("note", "the note is \(note.count) characters long; at most \(noteLimit)")
        }
        guard !note.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" })
        else {
            throw invalid("note", "the note must be plain text (line breaks are allowed, other control characters not)")
        }
        if note.contains(cprNumber) {
            throw invalid(
                "note", "the note holds what looks like a CPR number; notes must hold no personal data about children")
        }
    }

    /// Ten digits as a Danish CPR number is written (`DDMMYY-NNNN` or `DDMMYYNNNN`), not part
    /// of a longer number.
    private static var cprNumber: Regex<Substring> {
        /(?:^|[^0-9])[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}(?:[^0-9]|$)/
    }

    private static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(.unprocessableContent, code: "INVALID_DETAILS", message: "\(field): \(message)", path: field)
    }
}
