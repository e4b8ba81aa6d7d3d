import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// The booking rows of SERVICE.md: `POST /api/v1/moves`, `POST /api/v1/absences`,
/// `POST /api/v1/enrolments`, `DELETE /api/v1/therapists/{T}`, and `GET /api/v1/waitlist`.
///
/// Error messages are English, Danish with `?lang=da` (the codes are the same).
struct BookingsController {
    let bookings: BookingService

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("moves", use: move)
        group.post("absences", use: absence)
        group.post("enrolments", use: enrol)
        group.delete("therapists/:therapist", use: withdraw)
        group.get("waitlist", use: waitlist)
    }

    @Sendable func move(_ request: Request, context: AppRequestContext) async throws -> Response {
        let booker = try Self.booker(context)
        let language = try Self.language(request)
        let body = try await Self.body(request, context: context, required: ["therapist", "group"])
        let therapist = try body.string("therapist")
        let group = try body.string("group")
        return try await Self.answer(language) {
            try JSONAnswer.encode(try await bookings.move(therapist: therapist, to: group, by: booker))
        }
    }

    @Sendable func absence(_ request: Request, context: AppRequestContext) async throws -> Response {
        let booker = try Self.booker(context)
        let language = try Self.language(request)
        let body = try await Self.body(request, context: context, required: ["therapist", "from", "to"])
        let therapist = try body.string("therapist")
        let from = try body.day("from")
        let to = try body.day("to")
        return try await Self.answer(language) {
            try JSONAnswer.encode(
                try await bookings.reportAbsence(therapist: therapist, from: from, to: to, by: booker),
                status: .created)
        }
    }

    private struct Enrolled: Encodable {
        let status: String
        let cohort: String?
        let group: String?
        let placements: [BookingService.Placement]?
        let position: Int?
    }

    @Sendable func enrol(_ request: Request, context: AppRequestContext) async throws -> Response {
        let booker = try Self.booker(context)
        let language = try Self.language(request)
        let body = try await Self.body(request, context: context, required: ["therapist", "municipality"])
        let therapist = try body.object("therapist")
        let municipality = try body.string("municipality")
        return try await Self.answer(language) {
            switch try await bookings.enrol(therapist: therapist, municipality: municipality, by: booker) {
            case .enrolled(let placements):
                return try JSONAnswer.encode(
                    Enrolled(
                        status: "enrolled", cohort: placements.first?.cohort, group: placements.first?.group,
                        placements: placements, position: nil),
                    status: .created)
            case .waitlisted(let position):
                return try JSONAnswer.encode(
                    Enrolled(status: "waitlisted", cohort: nil, group: nil, placements: nil, position: position),
                    status: .accepted)
            }
        }
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        let booker = try Self.booker(context)
        let language = try Self.language(request)
        let therapist = try context.parameters.require("therapist")
        return try await Self.answer(language) {
            try await bookings.withdraw(therapist: therapist, by: booker)
            return Response(status: .noContent)
        }
    }

    @Sendable func waitlist(_ request: Request, context: AppRequestContext) async throws -> Response {
        let booker = try Self.booker(context)
        return try JSONAnswer.encode(try await bookings.waitlist(for: booker))
    }

    // MARK: Helpers

    /// The lead or a tovholder; other roles get 404, as for data they may not see.
    private static func booker(_ context: AppRequestContext) throws -> Booker {
        Booker(token: try context.requireRole(.lead, .tovholder))
    }

    /// `?lang=da` or `?lang=en` (the default).
    private static func language(_ request: Request) throws -> OutputLanguage {
        switch request.uri.queryParameters.get("lang") {
        case nil, "en": return .en
        case "da": return .da
        default: throw APIError.badRequest("lang must be 'da' or 'en'", path: "lang")
        }
    }

    private static func body(_ request: Request, context: AppRequestContext, required: [String]) async throws
        -> BookingRequest
    {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return try BookingRequest(Data(buffer.readableBytesView), required: required)
    }

    /// Runs an action; a refusal becomes its JSON error answer in `language`.
    private static func answer(
        _ language: OutputLanguage, _ action: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await action()
        } catch let refusal as BookingError {
            throw refusal.apiError(in: language)
        }
    }
}
