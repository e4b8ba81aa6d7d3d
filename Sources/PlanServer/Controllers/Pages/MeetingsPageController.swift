import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// `GET /meetings`: the secretariat's page: every meeting series with its meetings (date,
/// time, venue), its organizer and attendees, and the feed links of `all` and each series.
/// For the secretariat and the lead; anybody else gets the 404 page.
struct MeetingsPageController {
    let pages: PageRenderer
    let plans: PublishedPlans
    let feeds: FeedLinks

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("meetings", use: page)
    }

    struct View {
        let version: String
        let series: [SeriesSection]
        let hasSeries: Bool
        let feeds: [FeedLinks.Link]
    }

    struct SeriesSection {
        let id: String
        let title: String
        let organizer: String
        let hasOrganizer: Bool
        let attendees: [Attendee]
        let attendeeCount: Int
        let meetings: [MeetingRow]
    }

    struct Attendee {
        let name: String
        /// The attendee's role (where the scenario names one) and where they come from.
        let detail: String
    }

    struct MeetingRow {
        let number: Int
        let day: String
        let time: String
        let venue: String
        /// Reserved for the meeting's agenda link and note (issue 11, item 6, built with the
        /// meeting notes of migration 003): one entry per detail, shown under the meeting.
        /// Empty until the store has them.
        let details: [MeetingDetail]
    }

    /// A detail of one meeting: a label and a text, which is a link when `href` is not empty.
    struct MeetingDetail {
        let label: String
        let text: String
        let href: String
        let isLink: Bool
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        guard token.role == .lead || token.role == .secretariat, let published = try await plans.plan() else {
            throw PageError.notFound
        }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: published.scenario)
        let sections = published.scenario.meetings.map { series in
            SeriesSection(
                id: series.id, title: series.title, organizer: series.organizer?.name ?? "",
                hasOrganizer: series.organizer != nil,
                attendees: series.attendees.map { attendee in
                    Attendee(
                        name: attendee.name,
                        detail: [
                            attendee.role, Self.origin(attendee.origin, scenario: published.scenario, format: format),
                        ]
                        .compactMap { $0 }.joined(separator: " · "))
                },
                attendeeCount: series.attendees.count,
                meetings: published.plan.meetings.filter { $0.series == series.id }.sorted { $0.index < $1.index }
                    .map { meeting in
                        MeetingRow(
                            number: meeting.index, day: format.day(meeting.date), time: format.meetingTime(meeting),
                            venue: format.venue(meeting.venue), details: [])
                    })
        }
        let files = ["all"] + published.scenario.meetings.map { "meetings-\($0.id)" }
        let view = View(
            version: format.strings.format("common.version", ["number": String(published.head.number)]),
            series: sections, hasSeries: !sections.isEmpty,
            feeds: try await feeds.links(files, for: token, in: published, format: format, request: request))
        return try pages.render("meetings", title: "meetings.title", view: view, request: request, context: context)
    }

    private static func origin(_ origin: AttendeeOrigin, scenario: Scenario, format: PageFormat) -> String {
        switch origin {
        case .municipality(let id): scenario.municipalities.first { $0.id == id }?.name ?? id
        case .venue(let id): format.venue(id)
        }
    }
}
