import Foundation
import Hummingbird

/// `If-None-Match` against a strong ETag (RFC 9110 §13.1.2): `*` or any listed tag, with or
/// without the weak prefix, matches.
enum ETagMatch {
    static func matches(_ request: Request, etag: String) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        return header.split(separator: ",").contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }
}
