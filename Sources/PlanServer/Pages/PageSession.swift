import Crypto
import Foundation

/// The browser session of a page request: its secret (the cookie's value) and the CSRF token
/// every form of the session carries.
///
/// The CSRF token is an HMAC-SHA256 of a fixed text keyed by the session's secret: it is the
/// same on every page of one session, different for every session, stored nowhere, and
/// cannot be made without the cookie, which another site can neither read nor send
/// (`SameSite=Strict`).
public struct PageSession: Sendable {
    /// The session's secret, as the cookie carries it.
    let secret: String
    /// The value of every form's hidden `csrf` field.
    public let csrfToken: String

    init(secret: String) {
        self.secret = secret
        self.csrfToken = Self.csrfToken(for: secret)
    }

    /// Whether `candidate` is this session's CSRF token, compared in constant time.
    func accepts(csrf candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(csrfToken.utf8)
        let given = Array(candidate.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func csrfToken(for secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(
            for: Data("stime-planner csrf".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(code).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
