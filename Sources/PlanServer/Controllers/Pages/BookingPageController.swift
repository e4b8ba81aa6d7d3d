import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// `/municipalities/{id}/bookings`: the tovholder's forms for their therapists: move to
/// another group of the same cohort (with its free seats), report an absence, enrol a new
/// therapist, withdraw one. Each form carries the CSRF token; an accepted change redirects to
/// the page with a note (POST-redirect-GET); a refused one shows the page again with
/// ``BookingService``'s message in the page's language and the status of the API.
struct BookingPageController {
    let pages: PageRenderer
    let plans: PublishedPlans
    let bookings: BookingService

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("municipalities/:id/bookings", use: page)
        group.post("municipalities/:id/bookings/move", use: move)
        group.post("municipalities/:id/bookings/absence", use: absence)
        group.post("municipalities/:id/bookings/enrol", use: enrol)
        group.post("municipalities/:id/bookings/withdraw", use: withdraw)
    }

    struct View {
        let base: String
        let notice: String
        let hasNotice: Bool
        let problem: String
        let hasProblem: Bool
        let therapists: [Row]
        let hasTherapists: Bool
        let manuals: [ConsultationPageViews.Option]
    }

    /// A therapist with their supervision groups (one per manual they took).
    struct Row {
        let id: String
        let name: String
        let memberships: [Membership]
    }

    /// One of a therapist's groups, with the other groups of its cohort to move to.
    struct Membership {
        let group: String
        let moveLabel: String
        let groups: [ConsultationPageViews.Option]
        let hasGroups: Bool
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireOwner(.tovholder)
        return try await render(token: token, problem: nil, request: request, context: context)
    }

    @Sendable func move(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context, done: "moved") { form, booker in
            _ = try await bookings.move(therapist: form["therapist"] ?? "", to: form["group"] ?? "", by: booker)
        }
    }

    @Sendable func absence(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context, done: "absent") { form, booker in
            guard let from = CalendarDay(iso: form["from"] ?? ""), let to = CalendarDay(iso: form["to"] ?? "") else {
                throw BookingError(
                    code: "INVALID_VALUE", status: .unprocessableContent,
                    danish: "Skriv fra- og til-datoen som ÅÅÅÅ-MM-DD.", english: "Give from and to as YYYY-MM-DD.")
            }
            _ = try await bookings.reportAbsence(therapist: form["therapist"] ?? "", from: from, to: to, by: booker)
        }
    }

    @Sendable func enrol(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context, done: "enrolled") { form, booker in
            guard !form.values("manual").isEmpty else {
                throw BookingError(
                    code: "INVALID_VALUE", status: .unprocessableContent,
                    danish: "Sæt flueben ved mindst én manual.", english: "Tick at least one manual.")
            }
            var fields: [String: JSONValue] = [
                "id": .string(form["therapist"] ?? ""), "manuals": .array(form.values("manual").map(JSONValue.string)),
            ]
            if let name = form["name"], !name.isEmpty { fields["name"] = .string(name) }
            _ = try await bookings.enrol(
                therapist: .object(fields), municipality: booker.municipality ?? "", by: booker)
        }
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context, done: "withdrawn") { form, booker in
            guard form["confirm"] == "yes" else {
                throw BookingError(
                    code: "INVALID_VALUE", status: .unprocessableContent,
                    danish: "Sæt flueben for at bekræfte, at behandleren udmeldes.",
                    english: "Tick the box to confirm that the therapist leaves.")
            }
            try await bookings.withdraw(therapist: form["therapist"] ?? "", by: booker)
        }
    }

    /// Runs one form's action: 303 to the page when it is accepted, the page with the refusal otherwise.
    private func act(
        _ request: Request, _ context: AppRequestContext, done: String,
        _ action: (PageForm, Booker) async throws -> Void
    ) async throws -> Response {
        let token = try context.requireOwner(.tovholder)
        let form = try await PageForm.read(request, context: context)
        do {
            try await action(form, Booker(token: token))
        } catch let refusal as BookingError {
            return try await render(token: token, problem: refusal, request: request, context: context)
        }
        return Response.redirect(to: "/municipalities/\(token.subject ?? "")/bookings?done=\(done)", type: .normal)
    }

    private func render(
        token: AccessToken, problem: BookingError?, request: Request, context: AppRequestContext
    ) async throws -> Response {
        guard let published = try await plans.plan(),
            let municipality = token.subject.flatMap(published.scenario.municipality)
        else { throw PageError.notFound }
        let strings = try pages.strings(for: request)
        let format = PageFormat(strings: strings, scenario: published.scenario)
        let plan = published.plan
        let rows = municipality.therapists.map { therapist -> Row in
            let memberships = plan.supervisionGroups.filter { $0.members.contains(therapist.id) }.map { current in
                let others = plan.supervisionGroups.filter { $0.cohort == current.cohort && $0.id != current.id }
                let options = others.map { group -> ConsultationPageViews.Option in
                    let capacity =
                        published.scenario.manual(group.manual)?.supervision.groupMax ?? 0
                    let label = strings.format(
                        "bookings.groupOption",
                        [
                            "group": group.id, "time": format.sessionTime(group),
                            "free": String(max(0, capacity - group.members.count)), "capacity": String(capacity),
                        ])
                    return .init(value: group.id, label: label, selected: false)
                }
                return Membership(
                    group: current.id, moveLabel: strings.format("bookings.move", ["group": current.id]),
                    groups: options, hasGroups: !options.isEmpty)
            }
            return Row(id: therapist.id, name: format.therapist(therapist.id), memberships: memberships)
        }
        let done = request.uri.queryParameters.get("done").flatMap { done in
            ["moved", "absent", "enrolled", "withdrawn"].contains(done) ? strings["bookings.done.\(done)"] : nil
        }
        let message = problem?.message(in: PageLanguage.of(request)) ?? ""
        let view = View(
            base: "/municipalities/\(municipality.id)/bookings", notice: done ?? "", hasNotice: done != nil,
            problem: message, hasProblem: !message.isEmpty, therapists: rows, hasTherapists: !rows.isEmpty,
            manuals: municipality.manuals.map { .init(value: $0, label: format.manual($0), selected: false) })
        return try pages.render(
            "bookings", title: "bookings.title", titleValues: ["name": municipality.name], view: view,
            status: problem?.status ?? .ok, request: request, context: context)
    }
}
