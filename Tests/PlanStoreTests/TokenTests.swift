import Foundation
import StoreTestSupport
import Testing

@testable import PlanStore

@Suite("Tokens")
struct TokenTests {
    @Test("a token has 256 random bits in URL-safe text; two are never equal")
    func secrets() {
        let secrets = (0..<100).map { _ in TokenSecret.generate() }
        #expect(Set(secrets).count == 100)
        for secret in secrets {
            #expect(secret.count == 43)
            #expect(secret.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
        #expect(TokenSecret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(
        "a created token is found by its secret with its role; a revoked one is not", arguments: TestBackend.available)
    func createAndRevoke(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let secret = try await store.createToken(
            TokenGrant(role: .tovholder, subject: "aarhus"), by: .commandLine, at: Date())
        let token = try #require(try await store.token(secret: secret))
        #expect(token.role == .tovholder)
        #expect(token.subject == "aarhus")
        #expect(token.principal == Principal(role: "tovholder", subject: "aarhus", tokenID: token.id))
        #expect(try await store.token(secret: secret + "x") == nil)

        #expect(try await store.revokeToken(secret: secret, by: .commandLine, at: Date()))
        #expect(try await store.token(secret: secret) == nil)
        #expect(try await store.revokeToken(secret: secret, by: .commandLine, at: Date()) == false)
        let actions = try await store.auditEntries(limit: 10).map(\.action)
        #expect(actions == ["token.revoke", "token.create"])
        try await store.close()
    }

    @Test("the database keeps the hash of a token, never the token")
    func onlyHashStored() async throws {
        let (store, folder) = try await TestStores.sqlite()
        let secret = try await store.createToken(TokenGrant(role: .lead), by: .server, at: Date())
        try await store.close()
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            bytes += try Data(contentsOf: folder.appendingPathComponent(name))
        }
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
        #expect(bytes.range(of: Data(TokenSecret.hash(secret).utf8)) != nil)
    }

    @Test("a tovholder token needs a municipality, a lead token names none")
    func grants() {
        #expect(throws: StoreError.self) { try TokenGrant(role: .tovholder) }
        #expect(throws: StoreError.self) { try TokenGrant(role: .psychologist, subject: "") }
        #expect(throws: StoreError.self) { try TokenGrant(role: .lead, subject: "aarhus") }
        #expect((try? TokenGrant(role: .psychologist, subject: "p1")) != nil)
    }

    @Test("a feed token is made once per file and leads back to its file", arguments: TestBackend.available)
    func feedTokens(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let first = try await store.feedToken(file: "municipality-aarhus", by: .server, at: Date())
        let again = try await store.feedToken(file: "municipality-aarhus", by: .server, at: Date())
        let other = try await store.feedToken(file: "all", by: .server, at: Date())
        #expect(first == again)
        #expect(first != other)
        #expect(try await store.feedFile(token: first) == "municipality-aarhus")
        #expect(try await store.feedFile(token: "nope") == nil)
        try await store.close()
    }

    @Test("a backup is a consistent copy that opens as a store")
    func backup() async throws {
        let (store, folder) = try await TestStores.sqlite()
        let number = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: .server, at: Date())
        let copyFolder = folder.appendingPathComponent("copy", isDirectory: true)
        try FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: true)
        try await store.backup(to: copyFolder.appendingPathComponent(StoreLocation.sqliteFileName))
        try await store.close()
        let copy = try await SQLServiceStore.open(.sqlite(folder: copyFolder.path), logger: TestDatabases.logger)
        #expect(try await copy.version(number) != nil)
        try await copy.close()
    }

    @Test("--database must be a PostgreSQL URL; the display name hides the password")
    func locations() throws {
        #expect(try StoreLocation(data: "d", database: nil) == .sqlite(folder: "d"))
        #expect(throws: StoreError.self) { try StoreLocation(data: "d", database: "mysql://x") }
        let location = try StoreLocation(data: "d", database: "postgresql://u:secret@localhost:5432/db")
        #expect(!location.displayName.contains("secret"))
    }
}

@Suite("Feed tokens")
struct FeedTokenTests {
    @Test("a revoked feed token leads nowhere; the file gets a new one", arguments: TestBackend.available)
    func revoke(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let old = try await store.feedToken(file: "all", by: .server, at: Date())
        #expect(try await store.revokeFeedToken(file: "all", by: .server, at: Date()))
        #expect(try await store.feedFile(token: old) == nil)
        #expect(try await store.revokeFeedToken(file: "all", by: .server, at: Date()) == false)
        let new = try await store.feedToken(file: "all", by: .server, at: Date())
        #expect(new != old)
        #expect(try await store.feedFile(token: new) == "all")
        try await store.close()
    }
}
