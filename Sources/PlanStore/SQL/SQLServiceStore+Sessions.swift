import Foundation
import SQLKit

extension SQLServiceStore: SessionStore {
    public func createSession(tokenID: Int, at time: Date, expiresAt: Date) async throws -> String {
        let secret = TokenSecret.generate()
        try await connector.transaction { database in
            // Sessions that ended or expired are of no use any more.
            try await database.delete(from: "sessions")
                .where("expires_at", .lessThanOrEqual, SQLBind(time.milliseconds))
                .orWhere("ended_at", .isNot, SQLLiteral.null)
                .run()
            try await database.insert(into: "sessions")
                .columns("hash", "token_id", "created_at", "expires_at")
                .values(
                    SQLBind(TokenSecret.hash(secret)), SQLBind(tokenID), SQLBind(time.milliseconds),
                    SQLBind(expiresAt.milliseconds)
                )
                .run()
        }
        return secret
    }

    public func sessionToken(secret: String, at time: Date) async throws -> AccessToken? {
        let hash = TokenSecret.hash(secret)
        return try await connector.withConnection { database in
            try await database.select()
                .column(SQLColumn("id", table: "access_tokens"))
                .column(SQLColumn("role", table: "access_tokens"))
                .column(SQLColumn("subject", table: "access_tokens"))
                .column(SQLColumn("created_at", table: "access_tokens"))
                .from("sessions")
                .join(
                    "access_tokens", on: SQLColumn("token_id", table: "sessions"), .equal,
                    SQLColumn("id", table: "access_tokens")
                )
                .where(SQLColumn("hash", table: "sessions"), .equal, SQLBind(hash))
                .where(SQLColumn("ended_at", table: "sessions"), .is, SQLLiteral.null)
                .where(SQLColumn("expires_at", table: "sessions"), .greaterThan, SQLBind(time.milliseconds))
                .where(SQLColumn("revoked_at", table: "access_tokens"), .is, SQLLiteral.null)
                .first()?.accessToken()
        }
    }

    public func endSession(secret: String, at time: Date) async throws -> Bool {
        let hash = TokenSecret.hash(secret)
        return try await connector.transaction { database in
            guard
                try await database.select().column("hash").from("sessions").where("hash", .equal, hash)
                    .where("ended_at", .is, SQLLiteral.null).for(.update).first() != nil
            else { return false }
            try await database.update("sessions").set("ended_at", to: time.milliseconds)
                .where("hash", .equal, hash).run()
            return true
        }
    }
}
