import Hummingbird
import PlanStore

/// Turns every error into the JSON error answer of SERVICE.md: Hummingbird's own (404 for an
/// unknown route, 413 for a body over the limit), the store's, and anything unexpected (500,
/// logged by type only: the answer never carries SQL, a stack trace or a secret).
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as StoreError {
            return try Self.apiError(for: error, context: context).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try Self.apiError(status: error.status).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            return try APIError.serverFailure.response(from: request, context: context)
        }
    }

    private static func apiError(for error: StoreError, context: Context) -> APIError {
        switch error {
        case .versionNotFound: return .notFound(error.description)
        case .notDraft: return APIError(.conflict, code: "CONFLICT", message: error.description)
        case .invalidGrant: return .badRequest(error.description)
        case .nothingPublished: return APIError(.conflict, code: "NOTHING_PUBLISHED", message: error.description)
        case .draftOutdated: return APIError(.conflict, code: "DRAFT_OUTDATED", message: error.description)
        case .databaseTooNew, .unavailable, .invalidLocation:
            context.logger.error("store failed", metadata: ["error": "\(error.description)"])
            return .serverFailure
        }
    }

    private static func apiError(status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound: .notFound("no such resource")
        case .contentTooLarge:
            APIError(.contentTooLarge, code: "TOO_LARGE", message: "the request body is over 1 MB (1,048,576 bytes)")
        case .methodNotAllowed: APIError(status, code: "METHOD_NOT_ALLOWED", message: "this method is not allowed here")
        case .unauthorized: .unauthorized
        case .badRequest: .badRequest("the request is not valid")
        default:
            status.code >= 500
                ? .serverFailure : APIError(status, code: "HTTP_\(status.code)", message: status.reasonPhrase)
        }
    }
}
