import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// `GET /api/v1/municipalities/{id}/schedule`: a municipality's therapists with their cohort,
/// training days, supervision group and sessions, for its tovholder and the lead.
struct MunicipalitiesController {
    let plans: PublishedPlans

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("municipalities/:id/schedule", use: schedule)
    }

    /// One therapist's place for one manual.
    struct Placement: Encodable, Equatable {
        let therapist: String
        let name: String?
        let manual: String
        /// The cohort (nil while unassigned) and its training days and venue.
        let cohort: String?
        let trainingDays: [CalendarDay]
        let trainingVenue: String?
        /// The supervision group, its slot, mode, venue (nil when virtual) and sessions.
        let group: String?
        let slot: Slot?
        let mode: SupervisionMode?
        let venue: String?
        let sessions: [CalendarDay]
    }

    struct Schedule: Encodable {
        let municipality: String
        let name: String
        let version: Int
        let therapists: [Placement]
    }

    @Sendable func schedule(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead, .tovholder)
        let id = try context.parameters.require("id")
        let notFound = APIError.notFound("no such municipality")
        // A tovholder asking for another municipality learns nothing, not even that it exists.
        if token.role == .tovholder, token.subject != id { throw notFound }
        guard let published = try await plans.plan(),
            let municipality = published.scenario.municipality(id)
        else { throw notFound }
        let schedule = Schedule(
            municipality: municipality.id, name: municipality.name, version: published.head.number,
            therapists: Self.placements(of: municipality, in: published.plan))
        return try JSONAnswer.encode(schedule)
    }

    /// One row per therapist and manual, in the scenario's order.
    static func placements(of municipality: Municipality, in plan: Plan) -> [Placement] {
        municipality.therapists.flatMap { therapist in
            therapist.manuals.map { manual in
                let cohort = plan.cohorts.first { $0.manual == manual && $0.participants.contains(therapist.id) }
                let group = plan.supervisionGroups.first { $0.manual == manual && $0.members.contains(therapist.id) }
                return Placement(
                    therapist: therapist.id, name: therapist.name, manual: manual, cohort: cohort?.id,
                    trainingDays: cohort?.days ?? [], trainingVenue: cohort?.venue, group: group?.id,
                    slot: group?.slot, mode: group?.mode, venue: group?.venue, sessions: group?.sessions ?? [])
            }
        }
    }
}
