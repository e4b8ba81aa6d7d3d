import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// `GET /meetings`: the secretariat's page: every meeting series with its meetings (date,
/// time, venue, agenda link and note, with a form for them), its organizer and attendees, and
/// the feed links of `all` and each series. `POST /meetings/{series}/{index}/details` saves a
/// meeting's agenda link and note (as `PUT /api/v1/meetings/…/details` does). For the
/// secretariat and the lead; anybody else gets the 404 page.
struct MeetingsPageController {
    let store: any ServerStore
    let pages: PageRenderer
    let plans: PublishedPlans
    let feeds: FeedLinks
    /// The time of a change of a meeting's details (the router's clock).
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("meetings", use: page)
        group.post("meetings/:series/:index/details", use: saveDetails)
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
        let series: String
        let number: Int
        let day: String
        let time: String
        let venue: String
        /// The meeting's agenda link and note, one entry each that is set, shown under it.
        let details: [MeetingDetail]
        /// The form's current values.
        let agenda: String
        let note: String
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
        var saved: [ActivityKey: MeetingDetails] = [:]
        for details in try await store.meetingDetails() {
            saved[.meeting(series: details.series, index: details.index)] = details
        }
        let sections = published.scenario.meetings.map { series in
            SeriesSection(
                id: series.id, title: series.title, organizer: series.organizer?.name ?? "",
                hasOrganizer: series.organizer != nil,
                attendees: series.attendees.map { attendee in
                    Attendee(
                        name: attendee.name,
                        detail: [
                            attendee.role, Self.origin(attendee.origin, format: format),
                        ]
                        .compactMap { $0 }.joined(separator: " · "))
                },
                attendeeCount: series.attendees.count,
                meetings: published.plan.meetings.filter { $0.series == series.id }.sorted { $0.index < $1.index }
                    .map { meeting in
                        let details = saved[.meeting(series: meeting.series, index: meeting.index)]
                        return MeetingRow(
                            series: meeting.series, number: meeting.index, day: format.day(meeting.date),
                            time: format.meetingTime(meeting), venue: format.venue(meeting.venue),
                            details: Self.shown(details, strings: format.strings), agenda: details?.agenda ?? "",
                            note: details?.note ?? "")
                    })
        }
        let files = ["all"] + published.scenario.meetings.map { "meetings-\($0.id)" }
        let view = View(
            version: format.strings.format("common.version", ["number": String(published.head.number)]),
            series: sections, hasSeries: !sections.isEmpty,
            feeds: try await feeds.links(files, for: token, in: published, format: format, request: request))
        return try pages.render("meetings", title: "meetings.title", view: view, request: request, context: context)
    }

    /// Saves a meeting's agenda link and note from its form (which carries the CSRF token),
    /// then shows the page again; 422 page for a value the API would refuse.
    @Sendable func saveDetails(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        let series = try context.parameters.require("series")
        guard token.role == .lead || token.role == .secretariat, let published = try await plans.plan(),
            let index = Int(try context.parameters.require("index")),
            let meeting = published.plan.meetings.first(where: { $0.series == series && $0.index == index })
        else { throw PageError.notFound }
        let form = try await PageForm.read(request, context: context)
        let input: MeetingDetailsInput
        do {
            input = try MeetingDetailsInput.checked(agenda: form["agenda"], note: form["note"])
        } catch {
            throw PageError.invalidForm(key: error.path == "agenda" ? "invalidAgenda" : "invalidNote")
        }
        let key = ActivityKey.meeting(series: meeting.series, index: meeting.index)
        _ = try await store.setMeetingDetails(
            MeetingDetails(series: meeting.series, index: meeting.index, agenda: input.agenda, note: input.note),
            by: token.principal, at: clock()
        ) { version in try FeedContinuity.raising(key, in: version.plan) }
        return Response.redirect(to: "/meetings#meeting-\(meeting.series)-\(meeting.index)", type: .normal)
    }

    /// The agenda link and note as the page lists them under the meeting.
    private static func shown(_ details: MeetingDetails?, strings: StringTable) -> [MeetingDetail] {
        var shown: [MeetingDetail] = []
        if let agenda = details?.agenda {
            shown.append(MeetingDetail(label: strings["meetings.agenda"], text: agenda, href: agenda, isLink: true))
        }
        if let note = details?.note {
            shown.append(MeetingDetail(label: strings["meetings.note"], text: note, href: "", isLink: false))
        }
        return shown
    }

    private static func origin(_ origin: AttendeeOrigin, format: PageFormat) -> String {
        switch origin {
        case .municipality(let id): format.municipality(id)
        case .venue(let id): format.venue(id)
        }
    }
}
