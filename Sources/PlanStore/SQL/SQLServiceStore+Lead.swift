import Foundation
import SQLKit

extension SQLServiceStore: LeadStore {
    public func versionSummaries() async throws -> [VersionSummary] {
        try await connector.withConnection { database in
            try await database.select()
                .columns(
                    "number", "status", "revision", "created_by_role", "created_by_subject", "created_by_token",
                    "created_at", "published_at", "changed_at"
                )
                .from("plan_versions").orderBy("number", .descending).all()
                .map { row in
                    VersionSummary(
                        number: try row.decode(column: "number", as: Int.self),
                        status: PlanVersion.Status(rawValue: try row.decode(column: "status", as: String.self))
                            ?? .superseded,
                        revision: try row.decode(column: "revision", as: Int.self),
                        createdBy: try row.principal(prefix: "created_by_"), createdAt: try row.date("created_at"),
                        publishedAt: try row.optionalDate("published_at"), changedAt: try row.date("changed_at"))
                }
        }
    }

    public func tokenRecords() async throws -> [TokenRecord] {
        try await connector.withConnection { database in
            try await database.select().columns("id", "role", "subject", "created_at", "revoked_at")
                .from("access_tokens").orderBy("id", .descending).all()
                .compactMap { row in
                    try row.accessToken().map { TokenRecord(token: $0, revokedAt: try row.optionalDate("revoked_at")) }
                }
        }
    }

    public func revokeToken(id: Int, by who: Principal, at time: Date) async throws -> Bool {
        try await revokeToken(whose: "id", is: id, by: who, at: time)
    }
}
