import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// The plan and its versions: `GET /api/v1/plan`, `GET /api/v1/scenario`,
/// `POST /api/v1/plans`, `POST /api/v1/plans/{N}/publish`.
struct PlansController {
    let store: any ServiceStore
    let plans: PublishedPlans
    let replanning: Replanning
    let bookings: BookingService
    /// The time of a publication, and of the `today` of a re-plan.
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("plan", use: plan)
        group.get("scenario", use: scenario)
        group.post("plans", use: create)
        group.post("plans/:number/publish", use: publish)
    }

    /// 200 with the published plan and its ETag; 304 when `If-None-Match` has it.
    @Sendable func plan(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead, .secretariat)
        return document(try await published().planData, for: request)
    }

    /// 200 with the published scenario and its ETag; 304 when `If-None-Match` has it.
    @Sendable func scenario(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead, .secretariat)
        return document(try await published().scenarioData, for: request)
    }

    private struct Created: Encodable {
        let version: Int
    }

    /// 201 `{"version": N}`: a new draft from the body's scenario and plan, or, without a plan,
    /// the published plan re-planned for the body's scenario with the waitlisted therapists
    /// added.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let submission = try PlanSubmission.parse(Data(body.readableBytesView))
        let plan: Plan
        var scenarioData = submission.scenarioData
        if let given = submission.plan {
            plan = given
        } else {
            guard let published = try await plans.plan() else {
                throw APIError(.conflict, code: "NOTHING_PUBLISHED", message: "no published plan to re-plan from")
            }
            // The waitlist is placed and the memberships tovholdere booked are pinned (H14).
            let inputs = try await bookings.replanInputs(scenario: submission.scenario, base: published.plan)
            let today = Replanning.today(in: inputs.scenario.scenario, at: clock())
            plan = replanning.replan(
                published.plan, for: inputs.scenario, today: today, pins: inputs.pins)
            scenarioData = inputs.document ?? scenarioData
        }
        let number = try await store.createVersion(
            scenario: scenarioData, plan: try plan.jsonData(), by: token.principal, at: clock())
        context.logger.info("plan version created", metadata: ["version": "\(number)"])
        return try JSONAnswer.encode(Created(version: number), status: .created)
    }

    private struct Published: Encodable {
        let version: Int
        let status: String
    }

    /// 200: the draft becomes the published version, with the calendar record that continues
    /// the calendars of the version published until now (``FeedContinuity``); 404 for an
    /// unknown one, 409 for one that is not a draft.
    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        guard let number = Int(try context.parameters.require("number")), number > 0 else {
            throw APIError.notFound("no such plan version")
        }
        let version = try await FeedContinuity.publish(number, in: store, by: token.principal, at: clock())
        context.logger.info("plan version published", metadata: ["version": "\(number)"])
        return try JSONAnswer.encode(Published(version: version.number, status: version.status.rawValue))
    }

    private func published() async throws -> PublishedPlan {
        guard let published = try await plans.plan() else { throw APIError.notFound("no plan is published yet") }
        return published
    }

    private func document(_ data: Data, for request: Request) -> Response {
        let etag = FeedDocument.etag(of: data)
        if ETagMatch.matches(request, etag: etag) {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        return JSONAnswer.document(data, headers: [.eTag: etag])
    }
}
