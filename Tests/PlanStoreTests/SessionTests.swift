import Foundation
import StoreTestSupport
import Testing

@testable import PlanStore

@Suite("Sessions")
struct SessionTests {
    private static let start = Date(timeIntervalSince1970: 1_788_000_000)

    @Test(
        "a session finds its token until it expires, is ended, or its token is revoked",
        arguments: TestBackend.available)
    func lifetime(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let secret = try await store.createToken(
            TokenGrant(role: .tovholder, subject: "aarhus"), by: .server, at: Self.start)
        let token = try #require(try await store.token(secret: secret))
        let end = Self.start.addingTimeInterval(3600)
        let session = try await store.createSession(tokenID: token.id, at: Self.start, expiresAt: end)
        #expect(session != secret && session.count == 43)

        #expect(try await store.sessionToken(secret: session, at: Self.start) == token)
        #expect(try await store.sessionToken(secret: session + "x", at: Self.start) == nil)
        #expect(try await store.sessionToken(secret: session, at: end) == nil)

        let other = try await store.createSession(tokenID: token.id, at: Self.start, expiresAt: end)
        #expect(try await store.endSession(secret: other, at: Self.start))
        #expect(try await store.endSession(secret: other, at: Self.start) == false)
        #expect(try await store.sessionToken(secret: other, at: Self.start) == nil)
        #expect(try await store.sessionToken(secret: session, at: Self.start) == token)

        #expect(try await store.revokeToken(id: token.id, by: .commandLine, at: Self.start))
        #expect(try await store.sessionToken(secret: session, at: Self.start) == nil)
        #expect(try await store.revokeToken(id: token.id, by: .commandLine, at: Self.start) == false)
        try await store.close()
    }

    @Test(
        "the database keeps the hash of a session secret, never the secret, and forgets ended and expired sessions",
        arguments: TestBackend.available)
    func onlyHashStored(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let secret = try await store.createToken(TokenGrant(role: .lead), by: .server, at: Self.start)
        let token = try #require(try await store.token(secret: secret))
        let session = try await store.createSession(tokenID: token.id, at: Self.start, expiresAt: .distantFuture)
        let hashes = try await store.connector.withConnection { database in
            try await database.select().column("hash").from("sessions").all()
                .map { try $0.decode(column: "hash", as: String.self) }
        }
        #expect(hashes == [TokenSecret.hash(session)])

        // A new session forgets the ended and expired ones.
        #expect(try await store.endSession(secret: session, at: Self.start))
        _ = try await store.createSession(
            tokenID: token.id, at: Self.start, expiresAt: Self.start.addingTimeInterval(1))
        let later = Self.start.addingTimeInterval(2)
        let newest = try await store.createSession(tokenID: token.id, at: later, expiresAt: .distantFuture)
        let left = try await store.connector.withConnection { database in
            try await database.select().column("hash").from("sessions").all()
                .map { try $0.decode(column: "hash", as: String.self) }
        }
        #expect(left == [TokenSecret.hash(newest)])
        try await store.close()
    }

    @Test(
        "the lead's lists: versions and tokens newest first, revoking by number is audited",
        arguments: TestBackend.available)
    func leadLists(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let first = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: .server, at: Self.start)
        _ = try await store.publish(version: first, by: .server, at: Self.start)
        let lead = Principal(role: "lead", tokenID: 7)
        _ = try await store.createVersion(scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: Self.start)
        let versions = try await store.versionSummaries()
        #expect(versions.map(\.number) == [2, 1])
        #expect(versions.map(\.status) == [.draft, .published])
        #expect(versions[0].createdBy == lead)
        #expect(versions[1].publishedAt == Self.start)

        _ = try await store.createToken(TokenGrant(role: .lead), by: .server, at: Self.start)
        _ = try await store.createToken(TokenGrant(role: .psychologist, subject: "p1"), by: .server, at: Self.start)
        let tokens = try await store.tokenRecords()
        #expect(tokens.map(\.token.role) == [.psychologist, .lead])
        #expect(tokens.allSatisfy { $0.revokedAt == nil })
        #expect(try await store.revokeToken(id: tokens[0].token.id, by: lead, at: Self.start))
        #expect(try await store.tokenRecords()[0].revokedAt == Self.start)
        let audit = try #require(try await store.auditEntries(limit: 1).first)
        #expect(audit.action == "token.revoke" && audit.who == lead && audit.target == "token \(tokens[0].token.id)")
        try await store.close()
    }
}
