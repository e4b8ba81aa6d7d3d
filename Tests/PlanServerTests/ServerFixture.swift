import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PlanServer
import PlanStore
import Planner
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// tiny-1 planned once per test run (a small iteration budget: milliseconds).
enum Tiny1 {
    struct Documents: Sendable {
        let scenario: Data
        let plan: Data
        let parsedScenario: Scenario
    }

    static let documents: Documents = planned(try! Data(contentsOf: SharedScenarios.url("tiny-1.json")))

    /// A scenario document and its plan (a small iteration budget).
    static func planned(_ data: Data) -> Documents {
        let loaded = try! ScenarioLoader().load(data: data, fileName: "scenario.json", baseDirectory: nil)
        let plan = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar)
            .solve(PlannerOptions(seed: 1, timeLimit: 10, iterations: 30, suggestions: false))
        return Documents(scenario: data, plan: try! plan.jsonData(), parsedScenario: loaded.scenario)
    }

    /// `{"scenario": …, "plan": …}` as `POST /api/v1/plans` takes it.
    static func submission(scenario: String? = nil, plan: String? = nil) -> String {
        let scenarioText = scenario ?? String(decoding: documents.scenario, as: UTF8.self)
        let planText = plan ?? String(decoding: documents.plan, as: UTF8.self)
        return #"{"scenario": \#(scenarioText), "plan": \#(planText)}"#
    }
}

/// A server on a fresh database with tiny-1 (or other documents) published as version 1 and a
/// token per role.
struct ServerFixture {
    let store: SQLServiceStore
    let publishedAt: Date
    let lead: String
    let secretariat: String
    /// The tovholder of Norddjurs.
    let norddjurs: String
    /// The tovholder of Randers.
    let randers: String
    /// Psychologist p1.
    let psychologist: String

    static func make(_ backend: TestBackend, documents: Tiny1.Documents = Tiny1.documents) async throws
        -> ServerFixture
    {
        let store = try await TestDatabases.store(backend)
        let publishedAt = Date(timeIntervalSince1970: 1_788_000_000)
        let number = try await store.createVersion(
            scenario: documents.scenario, plan: documents.plan, by: .server, at: publishedAt)
        _ = try await store.publish(version: number, by: .server, at: publishedAt)
        func token(_ role: Role, _ subject: String? = nil) async throws -> String {
            try await store.createToken(TokenGrant(role: role, subject: subject), by: .server, at: publishedAt)
        }
        return ServerFixture(
            store: store, publishedAt: publishedAt, lead: try await token(.lead),
            secretariat: try await token(.secretariat), norddjurs: try await token(.tovholder, "norddjurs"),
            randers: try await token(.tovholder, "randers"), psychologist: try await token(.psychologist, "p1"))
    }

    /// Runs `body` against the router (no sockets), then closes the store; `clock` is the
    /// server's time of changes.
    func test(
        clock: @escaping @Sendable () -> Date = Date.init,
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let application = Application(
            router: buildRouter(store: store, replanning: Replanning(iterations: 20, timeLimit: 10), clock: clock))
        do {
            try await application.test(.router, body)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}

extension TestClientProtocol {
    /// A request with `Authorization: Bearer token` (none when nil).
    @discardableResult
    func request(
        _ uri: String, _ method: HTTPRequest.Method = .get, token: String?, body: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if let token { fields[.authorization] = "Bearer \(token)" }
        return try await execute(
            uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }

    /// The feeds `token` may read, as `GET /api/v1/feeds` lists them.
    func feedLinks(token: String) async throws -> [FeedLink] {
        try JSONDecoder().decode(
            [FeedLink].self, from: Data(try await request("/api/v1/feeds", token: token).body.readableBytesView))
    }

    /// The link to feed `file` (`all`, `municipality-aarhus`, …) as `token` sees it.
    func feedURL(_ file: String, token: String) async throws -> String {
        try #require(try await feedLinks(token: token).first { $0.file == file }?.url)
    }
}

/// One entry of `GET /api/v1/feeds`.
struct FeedLink: Decodable, Equatable {
    let file: String
    let url: String
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body as JSON.
    func json() throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView)) }

    /// `error.code` of an error answer.
    var errorCode: String? {
        guard case .object(let root)? = try? json(), case .object(let error)? = root["error"],
            case .string(let code)? = error["code"]
        else { return nil }
        return code
    }

    /// `error.path` of an error answer.
    var errorPath: String? {
        guard case .object(let root)? = try? json(), case .object(let error)? = root["error"],
            case .string(let path)? = error["path"]
        else { return nil }
        return path
    }
}
