import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// The plan and its versions: `GET /api/v1/plan`, `GET /api/v1/scenario`,
/// `POST /api/v1/plans`, `POST /api/v1/plans/{N}/publish`.
struct PlansController {
    let store: any ServiceStore
    let plans: PublishedPlans
    let replan: ReplanDraft
    /// The time of a publication and of a draft.
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
    /// the lead's re-plan of the published version for the body's scenario (``ReplanDraft``).
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let submission = try PlanSubmission.parse(Data(body.readableBytesView))
        let number: Int
        if let given = submission.plan {
            number = try await store.createVersion(
                scenario: submission.scenarioData, plan: try given.jsonData(), by: token.principal, at: clock())
        } else {
            number = try await replan.create(
                for: submission.scenario, scenarioData: submission.scenarioData, by: token.principal)
        }
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
