import Hummingbird

/// Logs one line per request: method, the route's pattern (never the path itself, which may
/// hold a feed token), and the status. No bodies, no headers, no personal data.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "route": "\(context.endpointPath ?? "(none)")",
                "status": "\(response.status.code)",
            ])
        return response
    }
}
