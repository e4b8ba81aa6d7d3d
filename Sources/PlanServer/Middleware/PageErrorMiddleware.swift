import Hummingbird
import PlanStore

/// Turns every error of a page route into an HTML error page in the page's language, with its
/// status: 401 (sign in from your link), 403 (a form without its CSRF token), 404 (no such
/// page, or somebody else's), 409/422 (a change refused), 413, 500. Like the API's answers,
/// none of them carries SQL, a stack trace or a secret.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageRenderer

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var context = context
            var error = error
            if let signedIn = error as? SignedInPageError {
                context.token = signedIn.token
                context.page = signedIn.page
                error = signedIn.underlying
            }
            let (status, key, values) = Self.describe(error, context: context)
            let strings = try pages.strings(for: request)
            let view = ErrorView(
                text: strings.format("errors.\(key).text", values),
                signInHelp: status == .unauthorized)
            return try pages.render(
                "error", title: "errors.\(key).title", view: view, status: status, request: request, context: context)
        }
    }

    private struct ErrorView {
        let text: String
        let signInHelp: Bool
    }

    private static func describe(_ error: any Error, context: AppRequestContext) -> (
        HTTPResponse.Status, String, [String: String]
    ) {
        switch error {
        case let error as PageError:
            switch error {
            case .signInNeeded: return (.unauthorized, "signInNeeded", [:])
            case .signInLinkInvalid: return (.unauthorized, "signInLinkInvalid", [:])
            case .csrfRejected: return (.forbidden, "csrf", [:])
            case .notFound: return (.notFound, "notFound", [:])
            case .conflict(let key, let values): return (.conflict, key, values)
            case .invalidForm(let key, let values): return (.unprocessableContent, key, values)
            }
        case StoreError.versionNotFound:
            return (.notFound, "notFound", [:])
        case StoreError.notDraft(let number, _):
            return (.conflict, "notDraft", ["version": String(number)])
        case StoreError.draftOutdated(let number):
            return (.conflict, "draftOutdated", ["version": String(number)])
        case let error as APIError where error.status == .notFound:
            return (.notFound, "notFound", [:])
        case let error as any HTTPResponseError where error.status == .notFound:
            return (.notFound, "notFound", [:])
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return (.contentTooLarge, "tooLarge", [:])
        default:
            context.logger.error("page failed", metadata: ["error.type": "\(type(of: error))"])
            return (.internalServerError, "failure", [:])
        }
    }
}
