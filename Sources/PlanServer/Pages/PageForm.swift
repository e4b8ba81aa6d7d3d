import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`), by name, each with
/// its values in the order sent (a name repeats for ticked checkboxes of one name).
struct PageForm: Sendable {
    let fields: [String: [String]]

    /// Parses `body`; a part that does not decode is left out.
    init(_ body: String) {
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            else { continue }
            fields[name, default: []].append(value)
        }
        self.fields = fields
    }

    /// The form of a request's body (at most the context's upload limit; 413 beyond).
    static func read(_ request: Request, context: AppRequestContext) async throws -> PageForm {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        return PageForm(String(buffer: body))
    }

    /// The field's value (the last one when the name repeats).
    subscript(name: String) -> String? { fields[name]?.last }

    /// Every value sent under `name`, in order.
    func values(_ name: String) -> [String] { fields[name] ?? [] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
