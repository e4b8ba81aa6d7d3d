import Foundation
import Hummingbird
import PlanStore
import PlanTemplates
import PlanningModel

/// `GET /psychologists/{id}`: a psychologist's page: their own schedule (training days they
/// teach, supervision sessions they lead, meetings they attend) in date order, with who of the
/// participants is away that day (their reported absences), their cohorts and groups with
/// the members' municipalities, and their feed link. For the psychologist
/// and the lead; anybody else gets the 404 page.
struct PsychologistPageController {
    let pages: PageRenderer
    let plans: PublishedPlans
    let feeds: FeedLinks

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("psychologists/:id", use: page)
    }

    struct View {
        let version: String
        let entries: [Entry]
        let hasEntries: Bool
        let cohorts: [CohortSection]
        let groups: [GroupSection]
        let hasTeams: Bool
        let feeds: [FeedLinks.Link]
    }

    /// One line of the schedule.
    struct Entry {
        let day: String
        let time: String
        let what: String
        let place: String
        /// "Away: …": the participants who are not available then; empty when all are.
        let away: String
        let hasAway: Bool
    }

    /// How many of a cohort's or group's people come from one municipality.
    struct MunicipalityCount {
        let name: String
        let count: Int
    }

    struct CohortSection {
        let id: String
        let manual: String
        let venue: String
        let size: Int
        let municipalities: [MunicipalityCount]
    }

    struct GroupSection {
        let id: String
        let manual: String
        let cohort: String
        let mode: String
        let venue: String
        let time: String
        let members: [Member]
        let municipalities: [MunicipalityCount]
    }

    /// A member of one of the psychologist's own groups.
    struct Member {
        let name: String
        let municipality: String
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.requireToken()
        let id = try context.parameters.require("id")
        guard token.role == .lead || (token.role == .psychologist && token.subject == id),
            let published = try await plans.plan(),
            let psychologist = published.scenario.psychologist(id)
        else { throw PageError.notFound }
        let format = PageFormat(strings: try pages.strings(for: request), scenario: published.scenario)
        let plan = published.plan
        let cohorts = plan.cohorts.filter { $0.trainers.contains(id) }
        let groups = plan.supervisionGroups.filter { $0.supervisor == id }
        let seriesIDs = Set(
            published.scenario.meetings.filter { $0.attendees.contains { $0.psychologist == id } }.map(\.id))
        let meetings = plan.meetings.filter { seriesIDs.contains($0.series) }
        let view = View(
            version: format.strings.format("common.version", ["number": String(published.head.number)]),
            entries: Self.entries(
                cohorts: cohorts, groups: groups, meetings: meetings,
                calendar: published.loaded.calendar, format: format),
            hasEntries: !(cohorts.isEmpty && groups.isEmpty && meetings.isEmpty),
            cohorts: cohorts.map { cohort in
                CohortSection(
                    id: cohort.id, manual: format.manual(cohort.manual), venue: format.venue(cohort.venue),
                    size: cohort.participants.count,
                    municipalities: Self.municipalities(of: cohort.participants, format: format))
            },
            groups: groups.map { group in
                GroupSection(
                    id: group.id, manual: format.manual(group.manual), cohort: group.cohort,
                    mode: format.strings["common.mode.\(group.mode.rawValue)"], venue: format.venue(group.venue),
                    time: format.sessionTime(group),
                    members: group.members.map {
                        Member(
                            name: format.therapist($0), municipality: format.municipality(ofTherapist: $0)?.name ?? "")
                    },
                    municipalities: Self.municipalities(of: group.members, format: format))
            },
            hasTeams: !(cohorts.isEmpty && groups.isEmpty),
            feeds: try await feeds.links(
                ["psychologist-\(id)"], for: token, in: published, format: format, request: request))
        return try pages.render(
            "psychologist", title: "psychologist.title", titleValues: ["name": psychologist.name], view: view,
            request: request, context: context)
    }

    /// Training days, sessions and meetings in order of date and time; `calendar` tells who
    /// is away.
    private static func entries(
        cohorts: [Cohort], groups: [SupervisionGroup], meetings: [Meeting], calendar: PlanningCalendar,
        format: PageFormat
    ) -> [Entry] {
        let strings = format.strings
        func away(_ therapists: [String], isAvailable: (Resource) -> Bool) -> String {
            let names = therapists.filter { !isAvailable(.therapist($0)) }.map(format.therapist)
            return names.isEmpty ? "" : strings.format("psychologist.away", ["names": names.joined(separator: ", ")])
        }
        var dated: [(CalendarDay, Slot, Entry)] = []
        for cohort in cohorts {
            for (index, day) in cohort.days.sorted().enumerated() {
                let what = strings.format(
                    "psychologist.trainingDay",
                    [
                        "number": String(index + 1), "count": String(cohort.days.count), "cohort": cohort.id,
                        "manual": format.manual(cohort.manual),
                    ])
                let absent = away(cohort.participants) { calendar.isAvailableAllDay($0, on: day) }
                dated.append(
                    (
                        day, .am,
                        Entry(
                            day: format.day(day), time: format.trainingTime, what: what,
                            place: format.venue(cohort.venue), away: absent, hasAway: !absent.isEmpty)
                    ))
            }
        }
        for group in groups {
            for (index, day) in group.sessions.sorted().enumerated() {
                let what = strings.format(
                    "psychologist.session",
                    [
                        "number": String(index + 1), "count": String(group.sessions.count), "group": group.id,
                        "manual": format.manual(group.manual),
                    ])
                let absent = away(group.members) { calendar.isAvailable($0, on: day, slot: group.slot) }
                dated.append(
                    (
                        day, group.slot,
                        Entry(
                            day: format.day(day), time: format.sessionTime(group), what: what,
                            place: format.venue(group.venue), away: absent, hasAway: !absent.isEmpty)
                    ))
            }
        }
        for meeting in meetings {
            let what = strings.format(
                "psychologist.meeting", ["title": format.seriesTitle(meeting.series), "number": String(meeting.index)])
            dated.append(
                (
                    meeting.date, meeting.slot,
                    Entry(
                        day: format.day(meeting.date), time: format.meetingTime(meeting), what: what,
                        place: format.venue(meeting.venue), away: "", hasAway: false)
                ))
        }
        return dated.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// People counted by municipality, in the scenario's order of municipalities.
    static func municipalities(of people: [String], format: PageFormat) -> [MunicipalityCount] {
        format.scenario.municipalities.compactMap { municipality in
            let count = people.filter { format.municipality(ofTherapist: $0)?.id == municipality.id }.count
            return count == 0 ? nil : MunicipalityCount(name: municipality.name, count: count)
        }
    }
}
