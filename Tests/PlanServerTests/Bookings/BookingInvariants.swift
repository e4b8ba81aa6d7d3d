import Foundation
import Hummingbird
import HummingbirdTesting
import PlanChecker
import PlanStore
import PlanningModel
import StoreTestSupport
import Testing

/// What must hold after every booking: the published plan passes every hard rule for the
/// published scenario, and the seat rows agree with it (counters = counted memberships ≤
/// capacity, memberships = the plan's).
enum BookingInvariants {
    static func check(_ store: SQLServiceStore, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let version = try #require(try await store.publishedVersion())
        let loaded = try ScenarioLoader().load(data: version.scenario, fileName: "scenario.json", baseDirectory: nil)
        let plan = try JSONDecoder().decode(Plan.self, from: version.plan)
        let report = PlanChecker(scenario: loaded.scenario, calendar: loaded.calendar).check(plan)
        #expect(report.violations.isEmpty, "\(report.violations.map(\.description))", sourceLocation: sourceLocation)
        guard let (head, seats) = try await store.seatCounts() else { return }
        guard head.number == version.number, head.revision == version.revision else { return }
        for seat in seats {
            #expect(seat.members == seat.counted, "\(seat)", sourceLocation: sourceLocation)
            #expect(seat.members <= seat.capacity, "\(seat)", sourceLocation: sourceLocation)
        }
        let planned = Dictionary(plan.supervisionGroups.map { ($0.id, $0.members.count) }, uniquingKeysWith: +)
        #expect(
            Dictionary(seats.map { ($0.group, $0.counted) }, uniquingKeysWith: +) == planned,
            sourceLocation: sourceLocation)
    }
}

/// Requests sent at once, each over its own TCP connection.
enum Sockets {
    struct Call: Sendable {
        let uri: String
        let token: String
        let body: String
    }

    /// The status and error code of each call, in the order of `calls`.
    static func post(_ calls: [Call], port: Int) async throws -> [(HTTPResponse.Status, String?)] {
        try await withThrowingTaskGroup(of: (Int, HTTPResponse.Status, String?).self) { group in
            for (index, call) in calls.enumerated() {
                group.addTask {
                    try await TestClient.withClient(
                        host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(300))
                    ) { client in
                        let response = try await client.execute(
                            TestClient.Request(
                                call.uri, method: .post,
                                headers: [.authorization: "Bearer \(call.token)", .contentType: "application/json"],
                                body: ByteBuffer(string: call.body)))
                        let text = response.body.map { String(buffer: $0) } ?? ""
                        let code = text.range(of: #""code":""#).map { range in
                            String(text[range.upperBound...].prefix { $0 != "\"" })
                        }
                        return (index, response.status, code)
                    }
                }
            }
            var results = [(HTTPResponse.Status, String?)](repeating: (.ok, nil), count: calls.count)
            for try await (index, status, code) in group { results[index] = (status, code) }
            return results
        }
    }
}
