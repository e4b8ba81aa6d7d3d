import Foundation
import Hummingbird

/// An answer that is an error: `{"error": {"code": CODE, "message": TEXT}}` (SERVICE.md),
/// with `path` where a JSON path is known.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    /// A stable code for scripts, such as `NOT_FOUND` or `INVALID_SCENARIO`.
    public var code: String
    /// A sentence for people; never SQL, a stack trace or a secret.
    public var message: String
    /// The JSON path of the offending value in the request body, where there is one.
    public var path: String?
    /// Headers the answer carries besides the content type (`WWW-Authenticate`).
    public var headers: HTTPFields = [:]

    public init(
        _ status: HTTPResponse.Status, code: String, message: String, path: String? = nil, headers: HTTPFields = [:]
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.path = path
        self.headers = headers
    }

    static let unauthorized = APIError(
        .unauthorized, code: "UNAUTHORIZED", message: "a valid token is needed: Authorization: Bearer TOKEN",
        headers: [.wwwAuthenticate: "Bearer"])

    static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "NOT_FOUND", message: message)
    }

    static func badRequest(_ message: String, path: String? = nil) -> APIError {
        APIError(.badRequest, code: "BAD_REQUEST", message: message, path: path)
    }

    static let serverFailure = APIError(
        .internalServerError, code: "INTERNAL", message: "the server failed; the request changed nothing")

    private struct Body: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
            let path: String?
        }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONAnswer.encode(
            Body(error: .init(code: code, message: message, path: path)), status: status, headers: headers)
    }
}
