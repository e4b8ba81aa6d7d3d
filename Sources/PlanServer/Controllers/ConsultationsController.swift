import Foundation
import Hummingbird
import PlanStore

/// Consultation slots: `GET`/`POST /api/v1/consultations`, `PATCH`/`DELETE
/// /api/v1/consultations/{S}` (the psychologist's), `POST`/`DELETE
/// /api/v1/consultations/{S}/booking` (a tovholder's booking; the psychologist may end it too).
struct ConsultationsController {
    let service: ConsultationService

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("consultations", use: list)
        group.post("consultations", use: offer)
        group.patch("consultations/:id", use: change)
        group.delete("consultations/:id", use: cancel)
        group.post("consultations/:id/booking", use: book)
        group.delete("consultations/:id/booking", use: unbook)
    }

    /// 200: the slots the token may see.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.psychologist, .tovholder, .lead)
        return try await answer {
            let slots = try await service.visibleSlots(for: token)
            let scenario = try await service.rules().scenario
            return try JSONAnswer.encode(slots.map { ConsultationView($0, scenario: scenario) })
        }
    }

    /// 201 with the new slot (its `id` first of all).
    @Sendable func offer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.psychologist)
        let input = try ConsultationBody.slot(try await body(request, context), partial: false)
        return try await answer {
            let slot = try await service.offer(psychologist: token.subject ?? "", input, by: token.principal)
            context.logger.info("consultation offered", metadata: ["consultation": "\(slot.id)"])
            return try await view(slot, status: .created)
        }
    }

    /// 200 with the changed slot.
    @Sendable func change(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.psychologist)
        let id = try slotID(context)
        let input = try ConsultationBody.slot(try await body(request, context), partial: true)
        return try await answer {
            let slot = try await service.change(id: id, psychologist: token.subject ?? "", input, by: token.principal)
            return try await view(slot, status: .ok)
        }
    }

    /// 204: the slot is gone; its booking, if any, ended with it (both audited).
    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.psychologist)
        let id = try slotID(context)
        return try await answer {
            try await service.cancel(id: id, psychologist: token.subject ?? "", by: token.principal)
            return Response(status: .noContent)
        }
    }

    /// 201 with the booked slot; 409 `SLOT_TAKEN` when somebody was first.
    @Sendable func book(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.tovholder)
        let id = try slotID(context)
        let (therapist, topic) = try ConsultationBody.booking(try await body(request, context))
        return try await answer {
            let slot = try await service.book(
                id: id, municipality: token.subject ?? "", therapist: therapist, topic: topic, by: token.principal)
            context.logger.info("consultation booked", metadata: ["consultation": "\(slot.id)"])
            return try await view(slot, status: .created)
        }
    }

    /// 204: the booking ended; the slot is open again.
    @Sendable func unbook(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.tovholder, .psychologist)
        let id = try slotID(context)
        let party: ConsultationParty =
            token.role == .psychologist ? .psychologist(token.subject ?? "") : .municipality(token.subject ?? "")
        return try await answer {
            try await service.unbook(id: id, as: party, by: token.principal)
            return Response(status: .noContent)
        }
    }

    private func slotID(_ context: AppRequestContext) throws -> Int {
        guard let id = Int(try context.parameters.require("id")), id > 0 else {
            throw ConsultationProblem.slotNotFound.apiError
        }
        return id
    }

    private func body(_ request: Request, _ context: AppRequestContext) async throws -> Data {
        Data(try await request.body.collect(upTo: context.maxUploadSize).readableBytesView)
    }

    private func view(_ slot: ConsultationSlot, status: HTTPResponse.Status) async throws -> Response {
        try JSONAnswer.encode(ConsultationView(slot, scenario: try await service.rules().scenario), status: status)
    }

    /// Runs `body`, answering a refusal as the JSON error of its status and code.
    private func answer(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let problem as ConsultationProblem {
            throw problem.apiError
        }
    }
}
