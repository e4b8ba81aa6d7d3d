import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import PlanningModel
import StoreTestSupport
import Testing

@Suite("Plans")
struct PlansTests {
    @Test(
        "GET /api/v1/plan and /scenario answer the published documents with an ETag; 304 when it matches",
        arguments: TestBackend.available)
    func getPlan(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let plan = try await client.request("/api/v1/plan", token: fixture.lead)
            #expect(plan.status == .ok)
            #expect(Data(plan.body.readableBytesView) == Tiny1.documents.plan)
            let etag = try #require(plan.headers[.eTag])
            #expect(etag.hasPrefix("\"") && etag.count == 66)

            let again = try await client.request("/api/v1/plan", token: fixture.lead, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)

            let scenario = try await client.request("/api/v1/scenario", token: fixture.secretariat)
            #expect(scenario.status == .ok)
            #expect(Data(scenario.body.readableBytesView) == Tiny1.documents.scenario)
            #expect(scenario.headers[.eTag] != etag)
        }
    }

    @Test(
        "POST /api/v1/plans stores a draft (201); publishing it (200) makes it the plan; again 409; unknown 404",
        arguments: TestBackend.available)
    func createAndPublish(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let before = try await client.request("/api/v1/plan", token: fixture.lead)
            let created = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission())
            #expect(created.status == .created)
            #expect(try created.json() == .object(["version": .int(2)]))
            // A draft changes nothing that others see.
            let unchanged = try await client.request("/api/v1/plan", token: fixture.lead)
            #expect(unchanged.headers[.eTag] == before.headers[.eTag])

            let published = try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead)
            #expect(published.status == .ok)
            #expect(try published.json() == .object(["version": .int(2), "status": .string("published")]))
            let twice = try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead)
            #expect(twice.status == .conflict)
            #expect(try await client.request("/api/v1/plans/9/publish", .post, token: fixture.lead).status == .notFound)
            #expect(
                try await client.request("/api/v1/plans/x/publish", .post, token: fixture.lead).status == .notFound)
            #expect(try await fixture.store.publishedHead()?.number == 2)
            let actions = try await fixture.store.auditEntries(limit: 2).map(\.action)
            #expect(actions == ["plan.publish", "plan.create"])
        }
    }

    @Test(
        "a body that is not JSON, not an object, lacks 'scenario' or has an unknown field answers 400 with the path",
        arguments: [
            ("{\"scenario\": ", nil as String?),
            ("[1, 2]", "$"),
            ("{\"plan\": {}}", "scenario"),
            ("{\"scenario\": {}, \"extra\": 1}", "extra"),
        ])
    func badRequests(body: String, path: String?) async throws {
        let fixture = try await ServerFixture.make(.sqlite)
        try await fixture.test { client in
            let response = try await client.request("/api/v1/plans", .post, token: fixture.lead, body: body)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "BAD_REQUEST")
            #expect(response.errorPath == path)
            #expect(try await fixture.store.versionCount() == 1)
        }
    }

    @Test(
        "an invalid scenario or plan answers 422 with the JSON path inside the body; nothing is stored",
        arguments: TestBackend.available)
    func unprocessable(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let scenarioText = String(decoding: Tiny1.documents.scenario, as: UTF8.self)
        let badScenario = scenarioText.replacingOccurrences(of: "\"angst-tristhed\"", with: "\"Angst Tristhed\"")
        let renamed = scenarioText.replacingOccurrences(of: "\"name\": \"tiny-1\"", with: "\"name\": \"other\"")
        try await fixture.test { client in
            let scenario = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(scenario: badScenario))
            #expect(scenario.status == .unprocessableContent)
            #expect(scenario.errorCode == "INVALID_SCENARIO")
            #expect(scenario.errorPath?.hasPrefix("scenario.") == true)

            let plan = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(plan: #"{"version": 1}"#))
            #expect(plan.status == .unprocessableContent)
            #expect(plan.errorCode == "INVALID_PLAN")
            #expect(plan.errorPath?.hasPrefix("plan") == true)

            let other = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(scenario: renamed))
            #expect(other.status == .unprocessableContent)
            #expect(other.errorPath == "plan.scenario")
            #expect(renamed != scenarioText)
            #expect(try await fixture.store.versionCount() == 1)
        }
    }

    @Test(
        "POST /api/v1/plans without a plan re-plans the published version for the scenario: a draft with base and changes",
        arguments: TestBackend.available)
    func replan(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let body = #"{"scenario": \#(String(decoding: Tiny1.documents.scenario, as: UTF8.self))}"#
        try await fixture.test { client in
            let response = try await client.request("/api/v1/plans", .post, token: fixture.lead, body: body)
            #expect(response.status == .created)
            #expect(try response.json() == .object(["version": .int(2)]))
            let stored = try #require(try await fixture.store.version(2))
            #expect(stored.status == .draft)
            let plan = try Plan(jsonData: stored.plan)
            #expect(plan.base?.scenario == "tiny-1")
            #expect(plan.changes != nil)
            #expect(plan.scenario == "tiny-1")
        }
    }

    @Test("a body over 1 MB answers 413 and stores nothing", arguments: TestBackend.available)
    func tooLarge(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let body = #"{"scenario": ""# + String(repeating: "x", count: 1_100_000) + #""}"#
        try await fixture.test { client in
            let response = try await client.request("/api/v1/plans", .post, token: fixture.lead, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorCode == "TOO_LARGE")
            #expect(try await fixture.store.versionCount() == 1)
        }
    }
}
