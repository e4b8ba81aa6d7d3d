import Foundation
import PlanStore
import PlanningModel

/// The lead's re-plan (REPLAN.md): the published plan re-planned for a scenario, with the
/// waitlisted therapists added and every membership tovholdere booked pinned (H14), stored as
/// a draft for the lead to look at (its changes) before publishing it. `POST /api/v1/plans`
/// without a plan and the re-plan button of the versions page both make their drafts here.
struct ReplanDraft: Sendable {
    let store: any ServiceStore
    let plans: PublishedPlans
    let replanning: Replanning
    let bookings: BookingService
    /// The time of the draft, and of the re-plan's `today`.
    let clock: @Sendable () -> Date

    /// Stores the re-plan of the published version for `scenario` (whose document is
    /// `scenarioData`) as a draft; returns its number.
    ///
    /// - Throws: ``APIError`` 409 `NOTHING_PUBLISHED` before the first publication.
    func create(for scenario: LoadedScenario, scenarioData: Data, by who: Principal) async throws -> Int {
        try await create(from: try await published(), for: scenario, scenarioData: scenarioData, by: who)
    }

    /// Stores the re-plan of the published version for its own current scenario (every
    /// accepted change included); returns the draft's number and the published version's.
    ///
    /// - Throws: ``APIError`` 409 `NOTHING_PUBLISHED` before the first publication.
    func createFromPublished(by who: Principal) async throws -> (draft: Int, published: Int) {
        let published = try await published()
        let draft = try await create(
            from: published, for: published.loaded, scenarioData: published.scenarioData, by: who)
        return (draft, published.head.number)
    }

    private func create(
        from published: PublishedPlan, for scenario: LoadedScenario, scenarioData: Data, by who: Principal
    ) async throws -> Int {
        let inputs = try await bookings.replanInputs(scenario: scenario, base: published.plan)
        let today = Replanning.today(in: inputs.scenario.scenario, at: clock())
        let plan = replanning.replan(published.plan, for: inputs.scenario, today: today, pins: inputs.pins)
        return try await store.createVersion(
            scenario: inputs.document ?? scenarioData, plan: try plan.jsonData(), by: who, at: clock())
    }

    private func published() async throws -> PublishedPlan {
        guard let published = try await plans.plan() else {
            throw APIError(.conflict, code: "NOTHING_PUBLISHED", message: "no published plan to re-plan from")
        }
        return published
    }
}
