import Hummingbird
import PlanStore

/// Where pages live: each role's start page, and absolute links (sign-in links, feeds) for
/// the host the request came to.
enum PageLinks {
    /// The page a role lands on after sign-in.
    static func start(for token: AccessToken) -> String {
        switch token.role {
        case .lead: "/versions"
        case .secretariat: "/meetings"
        case .tovholder: "/municipalities/\(token.subject ?? "")"
        case .psychologist: "/psychologists/\(token.subject ?? "")"
        }
    }

    /// Whether the browser asked over https (directly or through a proxy that says so).
    static func isHTTPS(_ request: Request) -> Bool {
        request.head.scheme == "https" || request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    /// `path` as an absolute URL on the host the request was sent to.
    static func absolute(_ path: String, request: Request) -> String {
        let host = request.head.authority ?? "127.0.0.1"
        return "\(isHTTPS(request) ? "https" : "http")://\(host)\(path)"
    }

    /// The sign-in link of an access token secret (`/signin?token=…`).
    static func signIn(secret: String) -> String {
        "/signin?token=\(secret)"
    }
}
