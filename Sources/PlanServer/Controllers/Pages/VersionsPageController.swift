import Foundation
import Hummingbird
import PlanReport
import PlanStore
import PlanTemplates
import Planner
import PlanningModel

/// The lead's pages of plan versions: `GET /versions` (every version with its status, who
/// made it when, score and hard violations; a publish button on each draft; the waitlist and
/// the re-plan button), `POST /versions/replan` (the lead's re-plan, then its changes),
/// `POST /versions/{N}/publish`, `GET /versions/{N}/changes?from=M` (the calendar entries
/// that differ between two versions) and `GET /versions/{N}/report` (the version's report,
/// as `plan` writes `report.html`). Anybody but the lead gets the 404 page.
struct VersionsPageController {
    let store: any ServerStore
    let pages: PageRenderer
    let plans: PublishedPlans
    let replan: ReplanDraft
    let bookings: BookingService
    /// The time of a publication (the router's clock).
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("versions", use: list)
        group.post("versions/replan", use: replanPublished)
        group.post("versions/:number/publish", use: publish)
        group.get("versions/:number/changes", use: changes)
        group.get("versions/:number/report", use: report)
    }

    struct ListView {
        let notice: String
        let hasNotice: Bool
        let versions: [Row]
        let waitlist: [Waiting]
        let hasWaitlist: Bool
    }

    /// A therapist on the waitlist, first in line first.
    struct Waiting {
        let position: Int
        let therapist: String
        let municipality: String
        let manuals: String
        let since: String
    }

    struct Row {
        let number: Int
        let status: String
        let statusClass: String
        let createdBy: String
        let createdAt: String
        /// `offentliggjort 5. dec. 2026 12:02; 3 ændringer siden, senest …`; empty for a draft.
        let published: String
        let score: String
        let hardViolations: Int
        let breaksRules: Bool
        let isDraft: Bool
        let hasPrevious: Bool
        let previous: Int
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        let strings = try pages.strings(for: request)
        let format = try await format(strings)
        var rows: [Row] = []
        for summary in try await store.versionSummaries() {
            let score = try await Self.score(of: summary.number, in: store)
            rows.append(
                Row(
                    number: summary.number, status: strings["versions.status.\(summary.status.rawValue)"],
                    statusClass: summary.status.rawValue, createdBy: Self.who(summary.createdBy, strings: strings),
                    createdAt: format.map { $0.moment(summary.createdAt) } ?? "",
                    published: Self.published(summary, format: format, strings: strings),
                    score: score.map { format?.dates.number($0.total) ?? String($0.total) } ?? "–",
                    hardViolations: score?.hardViolations ?? 0,
                    breaksRules: (score?.hardViolations ?? 0) > 0, isDraft: summary.status == .draft,
                    hasPrevious: summary.number > 1, previous: summary.number - 1))
        }
        let published = request.uri.queryParameters.get("published").flatMap { Int($0) }
        let waitlist = try await bookings.waitlist(for: Booker(token: token)).map { place in
            Waiting(
                position: place.position, therapist: place.therapist,
                municipality: format?.municipality(place.municipality) ?? place.municipality,
                manuals: place.manuals.map { format?.manual($0) ?? $0 }.joined(separator: ", "),
                since: (try? Date(place.since, strategy: .iso8601)).flatMap { date in format.map { $0.moment(date) } }
                    ?? place.since)
        }
        let view = ListView(
            notice: published.map { strings.format("versions.publishedNotice", ["version": String($0)]) } ?? "",
            hasNotice: published != nil, versions: rows, waitlist: waitlist, hasWaitlist: !waitlist.isEmpty)
        return try pages.render("versions", title: "versions.title", view: view, request: request, context: context)
    }

    /// Publishes a draft (the form carries the CSRF token), then shows the list again.
    @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        let number = try Self.number(context)
        _ = try await FeedContinuity.publish(number, in: store, by: token.principal, at: clock())
        context.logger.info("plan version published", metadata: ["version": "\(number)"])
        return Response.redirect(to: "/versions?published=\(number)", type: .normal)
    }

    /// The lead's re-plan of the published version for its current scenario (the waitlist
    /// placed, the tovholdere's memberships pinned), stored as a draft; then the draft's
    /// changes against the published version, before anything is published.
    @Sendable func replanPublished(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead)
        let made = try await replan.createFromPublished(by: token.principal)
        context.logger.info("plan version created", metadata: ["version": "\(made.draft)"])
        return Response.redirect(to: "/versions/\(made.draft)/changes?from=\(made.published)", type: .normal)
    }

    struct ChangesView {
        let from: Int
        let to: Int
        let choices: [Choice]
        let summary: String
        let score: String
        let rows: [ChangeRow]
        let hasRows: Bool
    }

    struct Choice {
        let number: Int
        let selected: Bool
    }

    struct ChangeRow {
        let kind: String
        let what: String
        let before: String
        let after: String
        let people: String
    }

    /// The entries of version N that differ from version M (default N − 1): moved, added,
    /// removed, or with other people, computed as a re-plan's `changes` are.
    @Sendable func changes(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead)
        let number = try Self.number(context)
        var from = number - 1
        if let text = request.uri.queryParameters.get("from") {
            guard let chosen = Int(text) else { throw PageError.notFound }
            from = chosen
        }
        let after = try await StoredVersion.load(number, from: store)
        let before = try await StoredVersion.load(from, from: store)
        let strings = try pages.strings(for: request)
        let format = PageFormat(strings: strings, scenario: after.scenario.scenario)
        let list = PlanChanges(scenario: after.scenario.scenario, today: CalendarDay(ordinal: Int.min / 4))
            .changes(from: before.plan, to: after.plan)
        let count = try await store.versionCount()
        let view = ChangesView(
            from: from, to: number,
            choices: (1...max(1, count)).filter { $0 != number }.map { Choice(number: $0, selected: $0 == from) },
            summary: strings.format(
                "changes.summary", count: list.count, ["from": String(from), "to": String(number)]),
            score: strings.format(
                "changes.score",
                [
                    "from": format.dates.number(before.plan.score.total),
                    "to": format.dates.number(after.plan.score.total),
                    "hardFrom": String(before.plan.score.hardViolations),
                    "hardTo": String(after.plan.score.hardViolations),
                ]),
            rows: list.map { Self.row($0, format: format) }, hasRows: !list.isEmpty)
        return try pages.render(
            "changes", title: "changes.title", titleValues: ["from": String(from), "to": String(number)], view: view,
            request: request, context: context)
    }

    /// The version's report, the page `plan` writes as `report.html`, in the page's language.
    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead)
        let stored = try await StoredVersion.load(try Self.number(context), from: store)
        let html = try PlanReportRenderer(
            scenario: stored.scenario.scenario, plan: stored.plan, calendar: stored.scenario.calendar,
            language: PageLanguage.of(request)
        ).render()
        return PageRenderer.htmlResponse(html, request: request)
    }

    /// When a version was published and how often it changed since (bookings raise its revision).
    private static func published(_ summary: VersionSummary, format: PageFormat?, strings: StringTable) -> String {
        guard let format, let publishedAt = summary.publishedAt else { return "" }
        let published = strings.format("versions.publishedAt", ["time": format.moment(publishedAt)])
        guard summary.revision > 0 else { return published }
        return published + "; "
            + strings.format(
                "versions.revisions", count: summary.revision, ["time": format.moment(summary.changedAt)])
    }

    /// Who made something, in words: `Projektleder (adgang 3)`, `serveren`.
    static func who(_ principal: Principal, strings: StringTable) -> String {
        let role = strings.entries["roles.\(principal.role)"] ?? strings["versions.by.\(principal.role)"]
        let subject = principal.subject.map { " · \($0)" } ?? ""
        let token = principal.tokenID.map { " " + strings.format("versions.by.token", ["id": String($0)]) } ?? ""
        return role + subject + token
    }

    private static func number(_ context: AppRequestContext) throws -> Int {
        guard let number = Int(try context.parameters.require("number")), number > 0 else { throw PageError.notFound }
        return number
    }

    private func format(_ strings: StringTable) async throws -> PageFormat? {
        try await plans.plan().map { PageFormat(strings: strings, scenario: $0.scenario) }
    }

    private struct ScoreOnly: Decodable {
        let score: Score
    }

    /// The score a stored plan records (nil when its document has none).
    private static func score(of number: Int, in store: any ServiceStore) async throws -> Score? {
        guard let version = try await store.version(number) else { return nil }
        return try? JSONDecoder().decode(ScoreOnly.self, from: version.plan).score
    }

    private static func row(_ change: PlanChange, format: PageFormat) -> ChangeRow {
        let strings = format.strings
        let what: String
        switch change.key {
        case .trainingDay(let cohort, let day):
            what = strings.format("changes.what.training", ["number": String(day), "cohort": cohort])
        case .session(let group, let number):
            what = strings.format("changes.what.session", ["number": String(number), "group": group])
        case .meeting(let series, let index):
            what = strings.format(
                "changes.what.meeting", ["number": String(index), "title": format.seriesTitle(series)])
        }
        func state(_ entry: EntryState?) -> String {
            guard let entry else { return "–" }
            let slot = strings["changes.slot.\(entry.slot.rawValue)"]
            return "\(format.day(entry.date)) \(slot) · \(format.venue(entry.venue))"
        }
        return ChangeRow(
            kind: strings["changes.kind.\(change.kind.rawValue)"], what: what, before: state(change.before),
            after: state(change.after),
            people: strings.format(
                "changes.people", count: change.people.count,
                ["names": change.people.map(format.person).joined(separator: ", ")]))
    }
}
