import Foundation
import Hummingbird
import PlanStore

/// Accepts a page request only with the cookie of a live session (the sign-in page, 401,
/// otherwise) and puts the session's token and CSRF token into the context.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any SessionStore

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let secret = SessionCookie.secret(of: request),
            let token = try await store.sessionToken(secret: secret, at: Date())
        else { throw PageError.signInNeeded }
        var context = context
        context.token = token
        context.page = PageSession(secret: secret)
        context.logger[metadataKey: "role"] = "\(token.role.rawValue)"
        context.logger[metadataKey: "token.id"] = "\(token.id)"
        return try await next(request, context)
    }
}
