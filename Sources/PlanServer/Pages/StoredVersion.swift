import Foundation
import PlanStore
import PlanningModel

/// A stored version read back as values: its scenario (with the working calendar) and plan.
struct StoredVersion: Sendable {
    let scenario: LoadedScenario
    let plan: Plan

    /// Reads `version`'s documents; they were checked when they were stored.
    init(_ version: PlanVersion) throws {
        scenario = try ScenarioLoader().load(data: version.scenario, fileName: "scenario.json", baseDirectory: nil)
        plan = try PlanLoader.load(data: version.plan, fileName: "plan.json")
    }

    /// Reads version `number`; the 404 page when there is none.
    static func load(_ number: Int, from store: any ServiceStore) async throws -> StoredVersion {
        guard number > 0, let version = try await store.version(number) else { throw PageError.notFound }
        return try StoredVersion(version)
    }
}
