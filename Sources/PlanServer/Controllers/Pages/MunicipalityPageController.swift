import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// `GET /municipalities/{id}`: the tovholder's page: the municipality's therapists with
/// cohort, training days, supervision group and sessions, and the feed links. For its
/// tovholder and the lead; anybody else gets the 404 page. `GET /municipalities` lists the
/// lead's ways into every municipality's and psychologist's page.
struct MunicipalityPageController {
    let pages: PageRenderer
    let plans: PublishedPlans
    let feeds: FeedLinks

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("municipalities", use: index)
        group.get("municipalities/:id", use: page)
    }

    struct IndexView {
        let municipalities: [IndexLink]
        let psychologists: [IndexLink]
    }

    struct IndexLink {
        let href: String
        let name: String
    }

    /// The lead's list of every municipality's and psychologist's page.
    @Sendable func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead)
        guard let scenario = try await plans.plan()?.scenario else { throw PageError.notFound }
        let view = IndexView(
            municipalities: scenario.municipalities.map {
                IndexLink(href: "/municipalities/\($0.id)", name: $0.name)
            },
            psychologists: scenario.psychologists.map { IndexLink(href: "/psychologists/\($0.id)", name: $0.name) })
        return try pages.render("people", title: "people.title", view: view, request: request, context: context)
    }

    struct View {
        let version: String
        let therapists: [TherapistCard]
        let hasTherapists: Bool
        let feeds: [FeedLinks.Link]
    }

    /// One therapist's place for one manual.
    struct TherapistCard {
        let name: String
        let manual: String
        let hasCohort: Bool
        let cohort: String
        let trainingVenue: String
        let trainingTime: String
        let trainingDays: [String]
        let hasGroup: Bool
        let group: String
        let supervisor: String
        let mode: String
        let venue: String
        let sessionTime: String
        let sessions: [String]
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        let id = try context.parameters.require("id")
        guard token.role == .lead || (token.role == .tovholder && token.subject == id),
            let published = try await plans.plan(),
            let municipality = published.scenario.municipality(id)
        else { throw PageError.notFound }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: published.scenario)
        let cards = MunicipalitiesController.placements(of: municipality, in: published.plan).map { placement in
            let group = published.plan.supervisionGroups.first { $0.id == placement.group }
            return TherapistCard(
                name: format.therapist(placement.therapist), manual: format.manual(placement.manual),
                hasCohort: placement.cohort != nil, cohort: placement.cohort ?? "",
                trainingVenue: format.venue(placement.trainingVenue), trainingTime: format.trainingTime,
                trainingDays: placement.trainingDays.map(format.day), hasGroup: group != nil,
                group: group?.id ?? "", supervisor: group.map { format.psychologist($0.supervisor) } ?? "",
                mode: group.map { format.strings["common.mode.\($0.mode.rawValue)"] } ?? "",
                venue: format.venue(group?.venue), sessionTime: group.map(format.sessionTime) ?? "",
                sessions: placement.sessions.map(format.day))
        }
        let files = ["municipality-\(municipality.id)"] + municipality.therapists.map { "therapist-\($0.id)" }
        let view = View(
            version: format.strings.format("common.version", ["number": String(published.head.number)]),
            therapists: cards, hasTherapists: !cards.isEmpty,
            feeds: try await feeds.links(files, for: token, in: published, format: format, request: request))
        return try pages.render(
            "municipality", title: "municipality.title", titleValues: ["name": municipality.name], view: view,
            request: request, context: context)
    }
}
