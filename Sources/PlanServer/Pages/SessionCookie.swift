import Foundation
import Hummingbird

/// The session cookie `stime_session`: HttpOnly, SameSite=Strict, Path=/, Secure when the
/// request came over https (as a proxy in front reports it with `X-Forwarded-Proto`).
enum SessionCookie {
    static let name = "stime_session"
    /// How long a session lasts after sign-in: 14 days.
    static let lifetime: TimeInterval = 14 * 24 * 3600

    /// The cookie that holds `secret` until `expires`.
    static func setting(_ secret: String, expires: Date, request: Request) -> Cookie {
        Cookie(
            name: name, value: secret, expires: expires, path: "/", secure: PageLinks.isHTTPS(request),
            httpOnly: true, sameSite: .strict)
    }

    /// The cookie that removes the session's cookie from the browser.
    static func clearing(request: Request) -> Cookie {
        Cookie(
            name: name, value: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
            secure: PageLinks.isHTTPS(request), httpOnly: true, sameSite: .strict)
    }

    /// The session secret the request's cookie carries, if it looks like one.
    static func secret(of request: Request) -> String? {
        guard let value = request.cookies[name]?.value, !value.isEmpty, value.count <= 256 else { return nil }
        return value
    }
}
