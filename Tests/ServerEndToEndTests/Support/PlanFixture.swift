import Foundation
import PlanStore
import StoreTestSupport

/// A scenario and plan that a real server's data folder starts with (``SmallPlan``,
/// ``BookingPlan``).
protocol PlanFixture {
    /// The scenario and plan documents.
    static var documents: (scenario: Data, plan: Data) { get }
}

extension PlanFixture {
    /// Stores and publishes the plan as version 1 in a new SQLite database under `data`.
    static func publish(in data: URL) async throws {
        let store = try await SQLServiceStore.open(.sqlite(folder: data.path), logger: TestDatabases.logger)
        let number = try await store.createVersion(
            scenario: documents.scenario, plan: documents.plan, by: .server, at: Date())
        _ = try await store.publish(version: number, by: .server, at: Date())
        try await store.close()
    }

    /// A new temporary folder with the plan published in its `data`, and a server started on
    /// that data (its logs and a browser profile go beside it, in the folder).
    static func serve() async throws -> (server: ServerProcess, folder: URL) {
        let folder = try TestDatabases.temporaryFolder()
        let data = folder.appendingPathComponent("data")
        try await publish(in: data)
        return (try await ServerProcess.start(data: data), folder)
    }
}
