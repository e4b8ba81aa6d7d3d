import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// `GET /api/v1/groups?manual=M`: the supervision groups of a manual with their seats, slot,
/// venue and sessions; counts only, no therapist's name or id.
struct GroupsController {
    let plans: PublishedPlans

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("groups", use: list)
    }

    struct GroupSeats: Encodable, Equatable {
        let id: String
        let manual: String
        let cohort: String
        let supervisor: String
        let capacity: Int
        let members: Int
        let free: Int
        let slot: Slot
        let mode: SupervisionMode
        let venue: String?
        let sessions: [CalendarDay]
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead, .tovholder, .psychologist)
        guard let manualID = request.uri.queryParameters.get("manual"), !manualID.isEmpty else {
            throw APIError.badRequest("missing query parameter 'manual' (/api/v1/groups?manual=M)", path: "manual")
        }
        guard let published = try await plans.plan(),
            let manual = published.scenario.manual(manualID)
        else { throw APIError.notFound("no such manual") }
        let capacity = manual.supervision.groupMax
        let groups = published.plan.supervisionGroups.filter { $0.manual == manual.id }.map { group in
            GroupSeats(
                id: group.id, manual: group.manual, cohort: group.cohort, supervisor: group.supervisor,
                capacity: capacity, members: group.members.count, free: max(0, capacity - group.members.count),
                slot: group.slot, mode: group.mode, venue: group.venue, sessions: group.sessions)
        }
        return try JSONAnswer.encode(groups)
    }
}
