import Foundation
import PlanStore
import PlanningModel

/// The published version, read and checked: its documents as stored and as values.
struct PublishedPlan: Sendable {
    let head: VersionHead
    /// The scenario with its working calendar.
    let loaded: LoadedScenario
    let plan: Plan
    /// The scenario document as stored.
    let scenarioData: Data
    /// The plan document as stored.
    let planData: Data

    var scenario: Scenario { loaded.scenario }
}
