import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import StoreTestSupport
import TestSupport
import Testing

/// Never an overbooking with several server processes: two real `stime-planner serve`
/// processes on one PostgreSQL database, the racing moves (or consultation bookings) split
/// between them.
@Suite("Two server processes")
struct TwoProcessRaceTests {
    static let binary = PlannerBinary.url

    @Test(
        "200 moves for one free seat split over two serve processes on one PostgreSQL: exactly one 200",
        .enabled(if: TestBackend.available.contains(.postgresql) && binary != nil))
    func twoProcesses() async throws {
        let location = try await TestDatabases.emptyLocation(.postgresql)
        guard case .postgresql(let url) = location, let binary = Self.binary else { return }
        let store = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        let fixture = try await BookingFixture.make(store: store, world: RaceTests.world)
        let servers = try Server.pair(binary: binary, database: url)
        defer {
            for server in servers { server.stop() }
        }
        for server in servers { try await server.waitUntilReady() }

        let movers = RaceTests.world.members.filter { $0.key != "c1-g1" }.values.flatMap { $0 }.sorted()
        let calls = movers.map { therapist in
            Sockets.Call(
                uri: "/api/v1/moves", token: fixture.tovholder(of: therapist),
                body: #"{"therapist": "\#(therapist)", "group": "c1-g1"}"#)
        }
        let results = try await Server.post(calls, alternatingOver: servers)
        #expect(results.filter { $0.0 == .ok }.count == 1)
        #expect(
            results.filter { $0.0 == .conflict && $0.1 == "GROUP_FULL" }.count == 199,
            "\(results.filter { $0.1 != "GROUP_FULL" })")
        #expect(try await fixture.revision() == 1)
        try await BookingInvariants.check(store)
        try await store.close()
    }

    @Test(
        "200 bookings of one consultation slot split over two serve processes on one PostgreSQL: exactly one 201",
        .enabled(if: TestBackend.available.contains(.postgresql) && binary != nil))
    func twoProcessesOneSlot() async throws {
        let location = try await TestDatabases.emptyLocation(.postgresql)
        guard case .postgresql(let url) = location, let binary = Self.binary else { return }
        let store = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        let fixture = try await BookingFixture.make(store: store, world: RaceTests.world)
        // A Monday in March 2027: nobody of the world has training or supervision that day.
        let slot = try await store.offerConsultation(
            psychologist: "t1",
            times: ConsultationTimes(day: "2027-03-01", startMinute: 10 * 60, minutes: 45, mode: .virtual, venue: nil),
            by: .server, at: Date())
        let servers = try Server.pair(binary: binary, database: url)
        defer {
            for server in servers { server.stop() }
        }
        for server in servers { try await server.waitUntilReady() }

        let therapists = RaceTests.world.members.values.flatMap { $0 }.sorted()
        let calls = (0..<200).map { index in
            let therapist = therapists[index % therapists.count]
            return Sockets.Call(
                uri: "/api/v1/consultations/\(slot.id)/booking", token: fixture.tovholder(of: therapist),
                body: #"{"therapist": "\#(therapist)", "topic": "Race \#(index)"}"#)
        }
        let results = try await Server.post(calls, alternatingOver: servers)
        #expect(results.filter { $0.0 == .created }.count == 1, "\(results.filter { $0.0 != .conflict })")
        #expect(
            results.filter { $0.0 == .conflict && $0.1 == "SLOT_TAKEN" }.count == 199,
            "\(results.filter { $0.1 != "SLOT_TAKEN" })")
        #expect(try await store.consultation(id: slot.id)?.booking != nil)
        let books = try await store.auditEntries(limit: 1000).filter { $0.action == "consultation.book" }
        #expect(books.count == 1)
        try await store.close()
    }

    /// One `serve` process on a free port.
    final class Server: Sendable {
        let process: SpawnedProcess
        let port: Int

        init(binary: URL, database: String) throws {
            port = try FreePort.next()
            process = try SpawnedProcess(binary.path, ["serve", "--database", database, "--port", "\(port)"])
        }

        /// Two processes on the database `database`.
        static func pair(binary: URL, database: String) throws -> [Server] {
            let first = try Server(binary: binary, database: database)
            do {
                return [first, try Server(binary: binary, database: database)]
            } catch {
                first.stop()
                throw error
            }
        }

        /// Sends `calls` all at once, the even ones to the first server and the odd ones to
        /// the second; the answers of the first, then of the second.
        static func post(_ calls: [Sockets.Call], alternatingOver servers: [Server]) async throws -> [(
            HTTPResponse.Status, String?
        )] {
            async let first = Sockets.post(
                Array(calls.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element)), port: servers[0].port)
            async let second = Sockets.post(
                Array(calls.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element)),
                port: servers[1].port)
            return try await first + second
        }

        /// Asks `/healthz` until it answers (the process needs a moment to listen).
        func waitUntilReady() async throws {
            for _ in 0..<300 {
                if let status = try? await TestClient.withClient(
                    host: "127.0.0.1", port: port,
                    operation: { try await $0.execute(TestClient.Request("/healthz", method: .get)).status }),
                    status == .ok
                {
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw CocoaError(.fileReadUnknown)
        }

        func stop() {
            process.end(signal: SIGTERM, grace: 20)
        }
    }
}
