import Hummingbird

/// Checks the CSRF token of every page request that may change something (any method but
/// GET and HEAD): the form's `csrf` field must be the session's token, else 403 and the route
/// is not run. Behind ``SessionMiddleware``. The body is read here (at most the upload limit)
/// and stays readable for the route.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let session = context.page, session.accepts(csrf: PageForm(String(buffer: body))["csrf"]) else {
            throw PageError.csrfRejected
        }
        return try await next(request, context)
    }
}
