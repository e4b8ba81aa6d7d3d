import Foundation
import SQLKit

extension SQLServiceStore: IdempotencyStore {
    public func claimIdempotencyKey(
        token: Int, key: String, requestHash: String, at time: Date, lifetime: TimeInterval,
        abandonedAfter: TimeInterval
    ) async throws -> IdempotencyClaim {
        let now = time.milliseconds
        let expired = now - Int64(lifetime * 1000)
        let abandoned = now - Int64(abandonedAfter * 1000)
        return try await connector.transaction { database in
            try await database.delete(from: "idempotency_keys")
                .where("token", .equal, token).where("key", .equal, key)
                .where { condition in
                    condition.where("created_at", .lessThan, expired)
                        .orWhere { abandonedClaim in
                            abandonedClaim.where("status", .is, SQLLiteral.null)
                                .where("created_at", .lessThan, abandoned)
                        }
                }
                .run()
            let inserted = try await database.insert(into: "idempotency_keys")
                .columns("token", "key", "request_hash", "created_at")
                .values(SQLBind(token), SQLBind(key), SQLBind(requestHash), SQLBind(now))
                .ignoringConflicts(with: ["token", "key"])
                .returning("token")
                .first()
            if inserted != nil { return .claimed }
            guard
                let row = try await database.select().columns("request_hash", "status", "content_type", "body")
                    .from("idempotency_keys").where("token", .equal, token).where("key", .equal, key).first()
            else { throw StoreError.unavailable("an idempotency key vanished") }
            guard try row.decode(column: "request_hash", as: String.self) == requestHash else { return .otherRequest }
            guard let status = try row.decode(column: "status", as: Int?.self) else { return .inProgress }
            return .answered(
                StoredAnswer(
                    status: status, contentType: try row.decode(column: "content_type", as: String?.self),
                    body: Data((try row.decode(column: "body", as: String?.self) ?? "").utf8)))
        }
    }

    public func answerIdempotencyKey(token: Int, key: String, answer: StoredAnswer) async throws {
        try await connector.transaction { database in
            try await database.update("idempotency_keys")
                .set("status", to: answer.status)
                .set("content_type", to: answer.contentType)
                .set("body", to: String(decoding: answer.body, as: UTF8.self))
                .where("token", .equal, token).where("key", .equal, key)
                .run()
        }
    }

    public func releaseIdempotencyKey(token: Int, key: String) async throws {
        try await connector.transaction { database in
            try await database.delete(from: "idempotency_keys")
                .where("token", .equal, token).where("key", .equal, key).where("status", .is, SQLLiteral.null)
                .run()
        }
    }
}
