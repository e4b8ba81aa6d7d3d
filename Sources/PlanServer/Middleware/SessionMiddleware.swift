import Foundation
import Hummingbird
import PlanStore

/// Accepts a page request only with the cookie of a live session (the sign-in page, 401,
/// otherwise) and puts the session's token and CSRF token into the context. An error of the
/// route leaves wrapped with the session, so that its error page still has the layout of a
/// signed-in page.
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
        do {
            return try await next(request, context)
        } catch {
            throw SignedInPageError(underlying: error, token: token, page: PageSession(secret: secret))
        }
    }
}

/// An error of a page route behind a live session, with the session.
struct SignedInPageError: Error {
    let underlying: any Error
    let token: AccessToken
    let page: PageSession
}
