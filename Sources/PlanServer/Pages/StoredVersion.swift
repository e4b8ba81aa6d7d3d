import Foundation
import PlanStore
import PlanningModel

/// A stored version read back as values: its scenario (with the working calendar) and plan.
struct StoredVersion: Sendable {
    let scenario: LoadedScenario
    let plan: Plan

    /// Reads version `number`; the 404 page when there is none. The documents were checked
    /// when they were stored.
    static func load(_ number: Int, from store: any ServiceStore) async throws -> StoredVersion {
        guard number > 0, let version = try await store.version(number) else { throw PageError.notFound }
        let scenario = try ScenarioLoader().load(data: version.scenario, fileName: "scenario.json", baseDirectory: nil)
        let plan = try PlanLoader.load(data: version.plan, fileName: "plan.json")
        return StoredVersion(scenario: scenario, plan: plan)
    }
}
