import Crypto
import Foundation
import Hummingbird
import PlanStore

/// `Idempotency-Key` on every `POST` (SERVICE.md): the same key with the same request
/// (method, path with query, body) within 24 hours answers the first answer again, marked
/// `Idempotent-Replayed: true`, and changes nothing more; the same key with another request
/// answers 422 `IDEMPOTENCY_KEY_REUSED`; while the first request with a key is still being
/// answered, another one answers 409 `IDEMPOTENCY_IN_PROGRESS`.
///
/// Keys belong to the token that sent them. The first request claims its key by inserting
/// its row (a unique key in the database, so of concurrent requests exactly one claims);
/// answers below 500 are kept, a failure gives the claim back.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any IdempotencyStore
    /// How long an answer is kept.
    var lifetime: TimeInterval = 24 * 60 * 60
    /// After how long an unanswered claim counts as abandoned (its server stopped).
    var abandonedAfter: TimeInterval = 120

    static let header = HTTPFields.Element.Name("Idempotency-Key")!
    static let replayed = HTTPFields.Element.Name("Idempotent-Replayed")!

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard request.method == .post, let key = request.headers[Self.header] else {
            return try await next(request, context)
        }
        guard (1...255).contains(key.count), key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw APIError.badRequest(
                "Idempotency-Key must be 1 to 255 visible ASCII characters", path: "Idempotency-Key")
        }
        let token = try context.requireToken()
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        var hash = SHA256()
        hash.update(data: Data("\(request.method.rawValue) \(request.uri.description)\n".utf8))
        hash.update(data: Data(body.readableBytesView))
        let requestHash = hash.finalize().hex

        switch try await store.claimIdempotencyKey(
            token: token.id, key: key, requestHash: requestHash, at: Date(), lifetime: lifetime,
            abandonedAfter: abandonedAfter)
        {
        case .answered(let answer):
            var headers: HTTPFields = [Self.replayed: "true"]
            if let type = answer.contentType { headers[.contentType] = type }
            return Response(
                status: HTTPResponse.Status(code: answer.status), headers: headers,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        case .otherRequest:
            throw APIError(
                .unprocessableContent, code: "IDEMPOTENCY_KEY_REUSED",
                message: "this Idempotency-Key was used for another request; use a new key for a new request",
                path: "Idempotency-Key")
        case .inProgress:
            throw APIError(
                .conflict, code: "IDEMPOTENCY_IN_PROGRESS",
                message: "a request with this Idempotency-Key is still being answered; send it again shortly")
        case .claimed:
            break
        }

        var replay = request
        replay.body = RequestBody(buffer: body)
        let response: Response
        do {
            response = try await next(replay, context)
        } catch let error as APIError where error.status.code < 500 {
            response = try error.response(from: request, context: context)
        } catch {
            try? await store.releaseIdempotencyKey(token: token.id, key: key)
            throw error
        }
        guard response.status.code < 500 else {
            try? await store.releaseIdempotencyKey(token: token.id, key: key)
            return response
        }
        let bytes = try await Self.collect(response.body)
        try await store.answerIdempotencyKey(
            token: token.id, key: key,
            answer: StoredAnswer(
                status: response.status.code, contentType: response.headers[.contentType], body: Data(bytes)))
        var answered = response
        answered.body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return answered
    }

    /// The bytes a response body writes.
    private static func collect(_ body: ResponseBody) async throws -> [UInt8] {
        let collector = Collector()
        try await body.write(collector)
        return collector.bytes
    }

    /// A body writer that keeps what it is given.
    private final class Collector: ResponseBodyWriter {
        var bytes: [UInt8] = []

        func write(_ buffer: ByteBuffer) async throws {
            bytes += buffer.readableBytesView
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
