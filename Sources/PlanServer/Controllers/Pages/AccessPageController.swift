import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// The lead's pages of access and record: `GET /tokens` (every access token; a form for a new
/// one, whose sign-in link is shown once), `POST /tokens`, `POST /tokens/{id}/revoke`,
/// `GET /audit` (the audit table, newest first); and `GET /feeds`, the calendar feeds the
/// signed-in token may read (every one for the lead). Anybody but the lead gets the 404 page
/// for the first four.
struct AccessPageController {
    let store: any ServerStore
    let pages: PageRenderer
    let plans: PublishedPlans
    let feeds: FeedLinks

    /// The audit page shows this many rows, newest first.
    static let auditRows = 500

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("tokens", use: tokens)
        group.post("tokens", use: create)
        group.post("tokens/:id/revoke", use: revoke)
        group.get("audit", use: audit)
        group.get("feeds", use: feedList)
    }

    struct TokensView {
        let created: [Created]
        let notice: String
        let hasNotice: Bool
        let municipalities: [Option]
        let psychologists: [Option]
        let tokens: [TokenRow]
    }

    /// A token just made: its sign-in link, shown this once.
    struct Created {
        let role: String
        let link: String
    }

    struct Option {
        let id: String
        let name: String
    }

    struct TokenRow {
        let id: Int
        let role: String
        let subject: String
        let createdAt: String
        let live: Bool
        let revokedAt: String
    }

    @Sendable func tokens(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead)
        let revoked = request.uri.queryParameters.get("revoked").flatMap { Int($0) }
        return try await tokensPage(created: [], revoked: revoked, request: request, context: context)
    }

    /// Makes a token for the form's role (and municipality or psychologist of the published
    /// scenario) and shows its sign-in link once.
    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let lead = try context.requireRole(.lead)
        let form = try await PageForm.read(request, context: context)
        guard let role = form["role"].flatMap(Role.init(rawValue:)) else {
            throw PageError.invalidForm(key: "invalidRole")
        }
        let scenario = try await plans.plan()?.scenario
        var subject: String?
        switch role {
        case .tovholder:
            subject = form["municipality"]
            guard let subject, scenario?.municipalities.contains(where: { $0.id == subject }) ?? false else {
                throw PageError.invalidForm(key: "invalidMunicipality")
            }
        case .psychologist:
            subject = form["psychologist"]
            guard let subject, scenario?.psychologists.contains(where: { $0.id == subject }) ?? false else {
                throw PageError.invalidForm(key: "invalidPsychologist")
            }
        case .lead, .secretariat:
            subject = nil
        }
        let secret = try await store.createToken(
            try TokenGrant(role: role, subject: subject), by: lead.principal, at: Date())
        let strings = try pages.strings(for: request)
        let created = Created(
            role: strings["roles.\(role.rawValue)"] + (subject.map { " · \($0)" } ?? ""),
            link: PageLinks.absolute(PageLinks.signIn(secret: secret), request: request))
        return try await tokensPage(created: [created], revoked: nil, request: request, context: context)
    }

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        let lead = try context.requireRole(.lead)
        guard let id = Int(try context.parameters.require("id")),
            try await store.revokeToken(id: id, by: lead.principal, at: Date())
        else { throw PageError.notFound }
        return Response.redirect(to: "/tokens?revoked=\(id)", type: .normal)
    }

    private func tokensPage(
        created: [Created], revoked: Int?, request: Request, context: AppRequestContext
    ) async throws -> Response {
        let strings = try pages.strings(for: request)
        let scenario = try await plans.plan()?.scenario
        let format = scenario.map { PageFormat(strings: strings, scenario: $0) }
        let rows = try await store.tokenRecords().map { record in
            TokenRow(
                id: record.token.id, role: strings["roles.\(record.token.role.rawValue)"],
                subject: record.token.subject ?? "", createdAt: format?.moment(record.token.createdAt) ?? "",
                live: record.revokedAt == nil, revokedAt: record.revokedAt.flatMap { format?.moment($0) } ?? "")
        }
        let view = TokensView(
            created: created,
            notice: revoked.map { strings.format("tokens.revokedNotice", ["id": String($0)]) } ?? "",
            hasNotice: revoked != nil,
            municipalities: (scenario?.municipalities ?? []).map { Option(id: $0.id, name: $0.name) },
            psychologists: (scenario?.psychologists ?? []).map { Option(id: $0.id, name: $0.name) },
            tokens: rows)
        return try pages.render(
            "tokens", title: "tokens.title", view: view, request: request,
            context: context)
    }

    struct AuditView {
        let rows: [AuditRow]
    }

    struct AuditRow {
        let at: String
        let who: String
        let action: String
        let target: String
        let before: String
        let after: String
    }

    @Sendable func audit(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead)
        let strings = try pages.strings(for: request)
        let format = try await plans.plan().map { PageFormat(strings: strings, scenario: $0.scenario) }
        let rows = try await store.auditEntries(limit: Self.auditRows).map { entry in
            AuditRow(
                at: format?.moment(entry.at) ?? "", who: VersionsPageController.who(entry.who, strings: strings),
                action: entry.action, target: entry.target, before: entry.before ?? "", after: entry.after ?? "")
        }
        return try pages.render(
            "audit", title: "audit.title", view: AuditView(rows: rows), request: request, context: context)
    }

    struct FeedsView {
        let feeds: [FeedLinks.Link]
    }

    /// Every feed the token may read: `all`, the meeting series, municipalities, psychologists,
    /// therapists.
    @Sendable func feedList(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        guard let published = try await plans.plan() else { throw PageError.notFound }
        let scenario = published.scenario
        let files =
            ["all"] + scenario.meetings.map { "meetings-\($0.id)" }
            + scenario.municipalities.map { "municipality-\($0.id)" }
            + scenario.psychologists.map { "psychologist-\($0.id)" }
            + scenario.municipalities.flatMap { $0.therapists.map { "therapist-\($0.id)" } }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: scenario)
        let links = try await feeds.links(files, for: token, in: published, format: format, request: request)
        return try pages.render(
            "feed-list", title: "feeds.pageTitle", view: FeedsView(feeds: links), request: request, context: context)
    }
}
