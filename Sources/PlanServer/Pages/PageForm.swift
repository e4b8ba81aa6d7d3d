import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded`), by name; the last
/// value wins when a name repeats.
struct PageForm: Sendable {
    let fields: [String: String]

    /// Parses `body`; a part that does not decode is left out.
    init(_ body: String) {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            fields[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
        self.fields = fields
    }

    /// The form of a request's body (at most the context's upload limit; 413 beyond).
    static func read(_ request: Request, context: AppRequestContext) async throws -> PageForm {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        return PageForm(String(buffer: body))
    }

    subscript(name: String) -> String? { fields[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
