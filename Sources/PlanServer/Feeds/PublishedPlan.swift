import Foundation
import PlanStore
import PlanningModel

/// The published version, read and checked: its documents as stored and as values.
struct PublishedPlan: Sendable {
    let head: VersionHead
    let scenario: Scenario
    let plan: Plan
    /// The scenario document as stored.
    let scenarioData: Data
    /// The plan document as stored.
    let planData: Data
}
