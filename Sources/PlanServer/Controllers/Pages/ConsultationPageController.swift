import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// The consultation pages: `/psychologists/{id}/consultations`, where a psychologist offers,
/// changes and cancels their slots (and may end a booking), and `/municipalities/{id}/consultations`,
/// where a tovholder books an open slot for one of their therapists and cancels their bookings.
///
/// Each form posts with the session's CSRF token; a change that is accepted redirects to the
/// page (POST-redirect-GET) with a note of what was done; one that is refused shows the page
/// again with the refusal in words a tovholder understands, the form as it was filled in, and
/// the status of the API (409, 422, 404). Only the page's own psychologist or tovholder may use
/// it; anybody else gets the 404 page.
struct ConsultationPageController {
    let pages: PageRenderer
    let service: ConsultationService

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("psychologists/:id/consultations", use: psychologistPage)
        group.post("psychologists/:id/consultations", use: offer)
        group.post("psychologists/:id/consultations/:slot", use: change)
        group.post("psychologists/:id/consultations/:slot/cancel", use: cancel)
        group.post("psychologists/:id/consultations/:slot/unbook", use: psychologistUnbook)
        group.get("municipalities/:id/consultations", use: municipalityPage)
        group.post("municipalities/:id/consultations/:slot/book", use: book)
        group.post("municipalities/:id/consultations/:slot/unbook", use: municipalityUnbook)
    }

    // MARK: The psychologist's page

    @Sendable func psychologistPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.psychologist)
        return try await psychologistView(token: token, request: request, context: context)
    }

    @Sendable func offer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.psychologist)
        let input = Self.input(try await PageForm.read(request, context: context))
        return try await psychologistAction(
            "offered", slot: nil, offer: input, token: token, request: request, context: context
        ) {
            _ = try await service.offer(psychologist: token.subject ?? "", input, by: token.principal)
        }
    }

    @Sendable func change(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.psychologist)
        let id = try slotID(context)
        let input = Self.input(try await PageForm.read(request, context: context))
        return try await psychologistAction("changed", slot: id, token: token, request: request, context: context) {
            _ = try await service.change(id: id, psychologist: token.subject ?? "", input, by: token.principal)
        }
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.psychologist)
        let id = try slotID(context)
        return try await psychologistAction("cancelled", slot: id, token: token, request: request, context: context) {
            try await service.cancel(id: id, psychologist: token.subject ?? "", by: token.principal)
        }
    }

    @Sendable func psychologistUnbook(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.psychologist)
        let id = try slotID(context)
        return try await psychologistAction("unbooked", slot: id, token: token, request: request, context: context) {
            try await service.unbook(id: id, as: .psychologist(token.subject ?? ""), by: token.principal)
        }
    }

    /// Runs one of a psychologist's actions on `slot` (or a new `offer`): done, back to the
    /// page saying `outcome`; refused with a ``ConsultationProblem``, the page again with the reason.
    private func psychologistAction(
        _ outcome: String, slot: Int?, offer: ConsultationInput? = nil, token: AccessToken, request: Request,
        context: AppRequestContext, _ action: () async throws -> Void
    ) async throws -> Response {
        do {
            try await action()
        } catch let problem as ConsultationProblem {
            return try await psychologistView(
                token: token, refused: .init(problem: problem, slot: slot, offer: offer), request: request,
                context: context)
        }
        return done(outcome, token: token)
    }

    // MARK: The tovholder's page

    @Sendable func municipalityPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.tovholder)
        return try await municipalityView(token: token, request: request, context: context)
    }

    @Sendable func book(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.tovholder)
        let id = try slotID(context)
        let form = try await PageForm.read(request, context: context)
        let therapist = form["therapist"] ?? ""
        let topic = form["topic"] ?? ""
        do {
            _ = try await service.book(
                id: id, municipality: token.subject ?? "", therapist: therapist, topic: topic, by: token.principal)
        } catch let problem as ConsultationProblem {
            return try await municipalityView(
                token: token, refused: .init(problem: problem, slot: id, therapist: therapist, topic: topic),
                request: request, context: context)
        }
        return done("booked", token: token)
    }

    @Sendable func municipalityUnbook(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.tovholder)
        let id = try slotID(context)
        do {
            try await service.unbook(id: id, as: .municipality(token.subject ?? ""), by: token.principal)
        } catch let problem as ConsultationProblem {
            return try await municipalityView(
                token: token, refused: .init(problem: problem, slot: id, therapist: nil, topic: nil),
                request: request, context: context)
        }
        return done("unbooked", token: token)
    }

    // MARK: Rendering

    private func psychologistView(
        token: AccessToken, refused: ConsultationPageViews.PsychologistRefusal? = nil, request: Request,
        context: AppRequestContext
    ) async throws -> Response {
        let rules = try await service.rules()
        let psychologist = token.subject ?? ""
        guard let person = rules.scenario.psychologist(psychologist) else {
            throw PageError.notFound
        }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: rules.scenario)
        let view = ConsultationPageViews.psychologist(
            psychologist, slots: try await service.visibleSlots(for: token), rules: rules, format: format,
            done: request.uri.queryParameters.get("done"), refused: refused, language: PageLanguage.of(request))
        return try pages.render(
            "consultations-psychologist", title: "consultations.psychologistTitle",
            titleValues: ["name": person.name], view: view, status: refused?.problem.status ?? .ok,
            request: request, context: context)
    }

    private func municipalityView(
        token: AccessToken, refused: ConsultationPageViews.BookingRefusal? = nil, request: Request,
        context: AppRequestContext
    ) async throws -> Response {
        let rules = try await service.rules()
        guard let municipality = token.subject.flatMap(rules.scenario.municipality) else {
            throw PageError.notFound
        }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: rules.scenario)
        let view = ConsultationPageViews.municipality(
            municipality, slots: try await service.visibleSlots(for: token), format: format,
            done: request.uri.queryParameters.get("done"), refused: refused, language: PageLanguage.of(request))
        return try pages.render(
            "consultations-municipality", title: "consultations.municipalityTitle",
            titleValues: ["name": municipality.name], view: view, status: refused?.problem.status ?? .ok,
            request: request, context: context)
    }

    // MARK: Helpers

    private func slotID(_ context: AppRequestContext) throws -> Int {
        guard let id = context.parameters.get("slot").flatMap(Int.init), id > 0 else { throw PageError.notFound }
        return id
    }

    /// 303 to the page, with what was done.
    private func done(_ what: String, token: AccessToken) -> Response {
        Response.redirect(to: "\(PageLinks.start(for: token))/consultations?done=\(what)", type: .normal)
    }

    /// A slot's fields as a form sent them; empty fields count as left out.
    static func input(_ form: PageForm) -> ConsultationInput {
        func field(_ name: String) -> String? {
            guard let value = form[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        return ConsultationInput(
            date: field("date"), start: field("start"), minutes: field("minutes"), mode: field("mode"),
            venue: field("venue"))
    }
}
