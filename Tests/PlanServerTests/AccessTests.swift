import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import StoreTestSupport
import Testing

@Suite("Access")
struct AccessTests {
    @Test("GET /healthz answers 200 without a token", arguments: TestBackend.available)
    func health(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let response = try await client.request("/healthz", token: nil)
            #expect(response.status == .ok)
        }
    }

    @Test(
        "the API answers 401 without a token, with a wrong one, with another scheme, and with a revoked one",
        arguments: TestBackend.available)
    func unauthorized(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let revoked = try await fixture.store.createToken(TokenGrant(role: .lead), by: .server, at: Date())
        #expect(try await fixture.store.revokeToken(secret: revoked, by: .server, at: Date()))
        try await fixture.test { client in
            for token in [nil, "not-a-token", revoked] {
                let response = try await client.request("/api/v1/plan", token: token)
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "UNAUTHORIZED")
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
            let basic = try await client.request(
                "/api/v1/plan", token: nil, headers: [.authorization: "Basic \(fixture.lead)"])
            #expect(basic.status == .unauthorized)
        }
    }

    @Test("an unknown route answers 404 as JSON", arguments: TestBackend.available)
    func unknownRoute(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let response = try await client.request("/nowhere", token: nil)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "NOT_FOUND")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test(
        "roles: a tovholder or psychologist asking for the plan gets 404, the secretariat 200",
        arguments: TestBackend.available)
    func roles(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            #expect(try await client.request("/api/v1/plan", token: fixture.norddjurs).status == .notFound)
            #expect(try await client.request("/api/v1/scenario", token: fixture.psychologist).status == .notFound)
            #expect(try await client.request("/api/v1/plan", token: fixture.secretariat).status == .ok)
            let post = try await client.request(
                "/api/v1/plans", .post, token: fixture.secretariat, body: Tiny1.submission())
            #expect(post.status == .notFound)
            #expect(try await fixture.store.versionCount() == 1)
        }
    }
}
