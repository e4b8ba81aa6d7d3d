import Hummingbird
import PlanStore

/// The request context of every route: Hummingbird's core storage, the token the request
/// signed in with and the body limit of SERVICE.md.
///
/// API routes get the token from `Authorization: Bearer` (``BearerAuthMiddleware``); pages
/// get it from the session cookie (``SessionMiddleware``), which also sets ``page``. Either
/// way a route asks ``requireToken()`` or ``requireRole(_:)`` who is asking.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The access token of the request; nil until a middleware accepted one.
    public var token: AccessToken?
    /// The browser session of a page request; nil for the API and before sign-in.
    public var page: PageSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        token = nil
        page = nil
    }

    /// Bodies over 1 MiB answer 413.
    public var maxUploadSize: Int { 1_048_576 }

    /// The signed-in token; a route behind ``BearerAuthMiddleware`` always has one.
    func requireToken() throws -> AccessToken {
        guard let token else { throw APIError.unauthorized }
        return token
    }

    /// The signed-in token when its role is one of `roles`; others get 404, as if the data
    /// did not exist (SERVICE.md: others' data answers 404, not 403).
    func requireRole(_ roles: Role...) throws -> AccessToken {
        let token = try requireToken()
        guard roles.contains(token.role) else { throw APIError.notFound("no such resource") }
        return token
    }

    /// The signed-in token when its role is `role` and the route's `{id}` is its subject (a
    /// tovholder's municipality, a psychologist's own id); others get 404.
    func requireOwner(_ role: Role) throws -> AccessToken {
        let token = try requireRole(role)
        guard token.subject == parameters.get("id") else { throw APIError.notFound("no such resource") }
        return token
    }
}
