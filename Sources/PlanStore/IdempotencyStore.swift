import Foundation

/// The first answer to each `Idempotency-Key` of a token (SERVICE.md): the same key with the
/// same request within 24 hours answers it again and changes nothing more.
///
/// A key is claimed by inserting its row (the primary key (token, key) makes the first of
/// concurrent requests the only owner), then answered; a failed request gives its claim back.
public protocol IdempotencyStore: Sendable {
    /// Claims `key` for the request whose hash is `requestHash`, or tells what the key already has.
    ///
    /// A claim or answer older than `lifetime` is forgotten first; so is a claim still
    /// unanswered after `abandonedAfter` (its server died while answering).
    func claimIdempotencyKey(
        token: Int, key: String, requestHash: String, at time: Date, lifetime: TimeInterval,
        abandonedAfter: TimeInterval
    ) async throws -> IdempotencyClaim

    /// Stores the answer of a claimed key.
    func answerIdempotencyKey(token: Int, key: String, answer: StoredAnswer) async throws

    /// Gives a claim back unanswered (the request failed and changed nothing).
    func releaseIdempotencyKey(token: Int, key: String) async throws
}

/// What claiming an idempotency key found.
public enum IdempotencyClaim: Sendable, Equatable {
    /// The key is new: answer the request, then store the answer.
    case claimed
    /// The key was answered before for the same request: give this answer again.
    case answered(StoredAnswer)
    /// The key was used for another request (another method, path or body).
    case otherRequest
    /// A request with this key is being answered right now.
    case inProgress
}

/// An answer kept for an idempotency key.
public struct StoredAnswer: Sendable, Equatable {
    public var status: Int
    public var contentType: String?
    public var body: Data

    public init(status: Int, contentType: String?, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}
