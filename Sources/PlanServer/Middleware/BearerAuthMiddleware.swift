import Foundation
import Hummingbird
import PlanStore

/// Accepts a request only with `Authorization: Bearer TOKEN` of a live token (401 otherwise)
/// and puts that token into the context.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any ServiceStore

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else { throw APIError.unauthorized }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw APIError.unauthorized }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        guard !secret.isEmpty, secret.count <= 256, let token = try await store.token(secret: secret) else {
            throw APIError.unauthorized
        }
        var context = context
        context.token = token
        context.logger[metadataKey: "role"] = "\(token.role.rawValue)"
        context.logger[metadataKey: "token.id"] = "\(token.id)"
        return try await next(request, context)
    }
}
