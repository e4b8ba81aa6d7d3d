import Foundation
import Hummingbird
import PlanStore
import PlanningModel

/// The meetings of the published plan with the secretariat's agenda links and notes:
/// `GET /api/v1/meetings` and `PUT /api/v1/meetings/{series}/{date}/details`, for the
/// secretariat and the lead. Details go into the meeting's calendar event.
struct MeetingsController {
    let store: any ServerStore
    let plans: PublishedPlans
    /// The time of a change (the feeds' `DTSTAMP`).
    let clock: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("meetings", use: list)
        group.put("meetings/:series/:date/details", use: setDetails)
    }

    /// One meeting as the API shows it.
    struct MeetingAnswer: Encodable, Equatable {
        let series: String
        let title: String
        let index: Int
        let date: CalendarDay
        let slot: Slot
        let venue: String
        let agenda: String?
        let note: String?

        private enum CodingKeys: String, CodingKey {
            case series, title, index, date, slot, venue, agenda, note
        }

        /// `agenda` and `note` as explicit nulls, so a page or script sees every field.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(series, forKey: .series)
            try container.encode(title, forKey: .title)
            try container.encode(index, forKey: .index)
            try container.encode(date, forKey: .date)
            try container.encode(slot, forKey: .slot)
            try container.encode(venue, forKey: .venue)
            try container.encode(agenda, forKey: .agenda)
            try container.encode(note, forKey: .note)
        }
    }

    /// 200: every meeting of the published plan in series then date order, with its details.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireRole(.lead, .secretariat)
        guard let published = try await plans.plan() else { return try JSONAnswer.encode([MeetingAnswer]()) }
        let details = try await detailsByKey()
        let meetings = published.plan.meetings.sorted {
            ($0.series, $0.date, $0.index) < ($1.series, $1.date, $1.index)
        }
        return try JSONAnswer.encode(
            meetings.map { answer(for: $0, in: published.scenario, details: details[Self.key(of: $0)]) })
    }

    /// 200 with the meeting and its new details; 404 for a meeting the published plan does not
    /// have; 400 for a body that is not a JSON object of `agenda` and `note` (strings or null),
    /// 422 for an agenda that is not an http(s) URL of at most 500 characters or a note over
    /// 1000 characters.
    @Sendable func setDetails(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireRole(.lead, .secretariat)
        let series = try context.parameters.require("series")
        let notFound = APIError.notFound("no such meeting in the published plan")
        guard let date = CalendarDay(iso: try context.parameters.require("date")),
            let published = try await plans.plan(),
            let meeting = published.plan.meetings.first(where: { $0.series == series && $0.date == date })
        else { throw notFound }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let input = try MeetingDetailsInput.parse(Data(body.readableBytesView))
        let details = MeetingDetails(
            series: meeting.series, index: meeting.index, agenda: input.agenda, note: input.note)
        let key = Self.key(of: meeting)
        let changed = try await store.setMeetingDetails(details, by: token.principal, at: clock()) { version in
            try FeedContinuity.raising(key, in: version.plan)
        }
        if changed {
            context.logger.info("meeting details changed", metadata: ["meeting": "\(key)"])
        }
        return try JSONAnswer.encode(answer(for: meeting, in: published.scenario, details: details))
    }

    private func detailsByKey() async throws -> [ActivityKey: MeetingDetails] {
        Dictionary(
            try await store.meetingDetails().map { (ActivityKey.meeting(series: $0.series, index: $0.index), $0) },
            uniquingKeysWith: { first, _ in first })
    }

    private func answer(for meeting: Meeting, in scenario: Scenario, details: MeetingDetails?) -> MeetingAnswer {
        MeetingAnswer(
            series: meeting.series,
            title: scenario.meetings.first { $0.id == meeting.series }?.title ?? meeting.series,
            index: meeting.index, date: meeting.date, slot: meeting.slot, venue: meeting.venue,
            agenda: details?.agenda, note: details?.note)
    }

    private static func key(of meeting: Meeting) -> ActivityKey {
        .meeting(series: meeting.series, index: meeting.index)
    }
}
