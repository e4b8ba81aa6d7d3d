import Foundation
import PlanStore
import PlanningModel

/// The published version read as values: the scenario (its document, values and calendar)
/// and the plan, at one revision.
struct BookingWorkspace: Sendable {
    let head: VersionHead
    let loaded: LoadedScenario
    let plan: Plan

    var scenario: Scenario { loaded.scenario }

    /// Reads a stored version; it was checked when it was stored.
    init(_ version: PlanVersion) throws {
        head = version.head
        loaded = try ScenarioLoader().load(data: version.scenario, fileName: "scenario.json", baseDirectory: nil)
        plan = try PlanLoader.load(data: version.plan, fileName: "plan.json")
    }

    /// Where a therapist is in the scenario: their municipality's index and their own.
    func place(ofTherapist id: String) -> (municipality: Int, therapist: Int)? {
        for (m, municipality) in scenario.municipalities.enumerated() {
            if let t = municipality.therapists.firstIndex(where: { $0.id == id }) { return (m, t) }
        }
        return nil
    }
}

/// The last workspace read, so that a run of bookings on one revision reads it once. Reading
/// is deterministic, so a workspace for the same version and revision is always the same.
final class WorkspaceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var current: BookingWorkspace?

    /// The workspace of `version`, read now or taken from the cache.
    func workspace(for version: PlanVersion) throws -> BookingWorkspace {
        lock.lock()
        let cached = current
        lock.unlock()
        if let cached, cached.head == version.head { return cached }
        let workspace = try BookingWorkspace(version)
        lock.lock()
        current = workspace
        lock.unlock()
        return workspace
    }

    /// Remembers a workspace just written (the next booking starts from it).
    func remember(_ workspace: BookingWorkspace) {
        lock.lock()
        current = workspace
        lock.unlock()
    }
}
