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
        let stored = try StoredVersion(version)
        self.init(head: version.head, loaded: stored.scenario, plan: stored.plan)
    }

    init(head: VersionHead, loaded: LoadedScenario, plan: Plan) {
        self.head = head
        self.loaded = loaded
        self.plan = plan
    }

    /// Where a therapist is in the scenario: their municipality's index and their own.
    func place(ofTherapist id: String) -> (municipality: Int, therapist: Int)? {
        for (m, municipality) in scenario.municipalities.enumerated() {
            if let t = municipality.therapists.firstIndex(where: { $0.id == id }) { return (m, t) }
        }
        return nil
    }
}

/// The published content last read or written, so that a run of bookings reads it once: an
/// accepted action leaves the revision it wrote here, and the next action, holding the
/// version's row, takes it when the row's documents are byte for byte the ones it was made
/// from (reading is deterministic). The head always comes from the held row.
final class WorkspaceCache: @unchecked Sendable {
    private struct Entry {
        let scenarioData: Data
        let planData: Data
        let loaded: LoadedScenario
        let plan: Plan
    }

    private let lock = NSLock()
    private var current: Entry?

    /// The workspace of `version`, read now or taken from the cache.
    func workspace(for version: PlanVersion) throws -> BookingWorkspace {
        if let cached = lock.withLock({ current }), cached.scenarioData == version.scenario,
            cached.planData == version.plan
        {
            return BookingWorkspace(head: version.head, loaded: cached.loaded, plan: cached.plan)
        }
        let workspace = try BookingWorkspace(version)
        let entry = Entry(
            scenarioData: version.scenario, planData: version.plan, loaded: workspace.loaded, plan: workspace.plan)
        lock.withLock { current = entry }
        return workspace
    }

    /// Remembers a revision just written (the next booking starts from it).
    func remember(_ written: CheckedRevision) {
        let entry = Entry(
            scenarioData: written.revision.scenario, planData: written.revision.plan, loaded: written.scenario,
            plan: written.plan)
        lock.withLock { current = entry }
    }
}
