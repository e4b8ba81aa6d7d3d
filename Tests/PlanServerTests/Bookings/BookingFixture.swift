import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport

/// A store with a ``BookingWorld`` published as version 1, the lead's token and one
/// tovholder token per municipality, and a clock on 2026-12-01 (before every cohort).
struct BookingFixture {
    let store: SQLServiceStore
    let world: BookingWorld
    let lead: String
    let secretariat: String
    /// Tovholder tokens by municipality.
    let tovholders: [String: String]
    let service: BookingService

    static let today = Date(timeIntervalSince1970: 1_796_126_400)  // 2026-12-01 12:00 UTC

    static func make(_ backend: TestBackend, world: BookingWorld) async throws -> BookingFixture {
        try await make(store: try await TestDatabases.store(backend), world: world)
    }

    static func make(store: SQLServiceStore, world: BookingWorld) async throws -> BookingFixture {
        let number = try await store.createVersion(scenario: world.scenario, plan: world.plan, by: .server, at: today)
        _ = try await store.publish(version: number, by: .server, at: today)
        var tovholders: [String: String] = [:]
        for municipality in world.municipalities {
            tovholders[municipality] = try await store.createToken(
                TokenGrant(role: .tovholder, subject: municipality), by: .server, at: today)
        }
        return BookingFixture(
            store: store, world: world,
            lead: try await store.createToken(TokenGrant(role: .lead), by: .server, at: today),
            secretariat: try await store.createToken(TokenGrant(role: .secretariat), by: .server, at: today),
            tovholders: tovholders, service: BookingService(store: store, now: { today }))
    }

    /// The tovholder token of a therapist's municipality.
    func tovholder(of therapist: String) -> String {
        tovholders[world.municipalityOf[therapist]!]!
    }

    /// The application on this store, with the fixture's clock.
    var application: some ApplicationProtocol {
        Application(
            router: buildRouter(
                store: store, replanning: Replanning(iterations: 20, timeLimit: 10), bookings: service))
    }

    /// Runs `body` against the router (`.router`) or over real sockets (`.live`), then closes the store.
    func test(
        _ framework: TestingSetup = .router, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        do {
            try await application.test(framework, body)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    /// The published plan as stored.
    func publishedPlan() async throws -> Plan {
        let version = try await store.publishedVersion()!
        return try JSONDecoder().decode(Plan.self, from: version.plan)
    }

    /// The published version's revision.
    func revision() async throws -> Int {
        try await store.publishedHead()!.revision
    }
}
