import Foundation
import Hummingbird
import PlanStore

/// Signing in and out of the pages: `GET /signin?token=…` (the link `serve` and the lead's
/// token page give out), `POST /signout`, and `GET /`, which leads to the role's start page.
struct SignInController {
    let store: any ServerStore
    let pages: PageRenderer

    /// `GET /signin`, open to everybody: the token in the link is the credential.
    func addPublicRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("signin", use: signIn)
    }

    /// `GET /` and `POST /signout`, behind the session.
    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("/", use: start)
        group.post("signout", use: signOut)
    }

    /// A live token starts a session: 303 to the role's start page, which has no token in its
    /// address, with the session cookie. An unknown or revoked token: the 401 page.
    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let secret = request.uri.queryParameters.get("token"), !secret.isEmpty, secret.count <= 256,
            let token = try await store.token(secret: secret)
        else { throw PageError.signInLinkInvalid }
        let now = Date()
        // A browser that signs in again leaves its earlier session behind: end it.
        if let earlier = SessionCookie.secret(of: request) {
            _ = try await store.endSession(secret: earlier, at: now)
        }
        let expires = now.addingTimeInterval(SessionCookie.lifetime)
        let session = try await store.createSession(tokenID: token.id, at: now, expiresAt: expires)
        context.logger.info("signed in", metadata: ["role": "\(token.role.rawValue)", "token.id": "\(token.id)"])
        var response = Response.redirect(to: PageLinks.start(for: token), type: .normal)
        response.headers[.cacheControl] = "no-store"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.setCookie(SessionCookie.setting(session, expires: expires, request: request))
        if let language = PageLanguage.chosen(in: request) {
            response.setCookie(PageLanguage.remembering(language, request: request))
        }
        return response
    }

    /// 303 to the role's start page.
    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response.redirect(to: PageLinks.start(for: try context.requireToken()), type: .normal)
    }

    /// Ends the session (the form carries the CSRF token) and removes the cookie.
    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let session = context.page {
            _ = try await store.endSession(secret: session.secret, at: Date())
        }
        var signedOut = context
        signedOut.token = nil
        signedOut.page = nil
        var response = try pages.render(
            "signed-out", title: "signedOut.title", view: (), request: request, context: signedOut)
        response.setCookie(SessionCookie.clearing(request: request))
        return response
    }
}
