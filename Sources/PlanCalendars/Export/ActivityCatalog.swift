import Dispatch
import Foundation
import PlanningModel

/// Turns a plan into ``CalendarActivity`` values: times from the scenario's slots, places
/// from its venues, names of who takes part, texts from the templates.
///
/// Lookups go through dictionaries built once, so that large plans stay linear. An id the
/// scenario does not know (a plan from another scenario version) is shown as the id.
struct ActivityCatalog {
    let scenario: Scenario
    let plan: Plan
    let templates: EventTemplates
    let wording: Wording

    private let therapists: [String: (therapist: Therapist, municipality: Municipality)]
    private let psychologists: [String: Psychologist]
    private let venues: [String: Venue]
    private let manuals: [String: Manual]
    private let series: [String: MeetingSeries]
    private let municipalities: [String: Municipality]
    private let scenarioSlug: String
    /// Template values built once and shared by every activity that shows them.
    private let manualContexts: [String: TemplateContext.Manual]
    private let psychologistContexts: [String: TemplateContext.Person]
    private let attendeeContexts: [String: [TemplateContext.Attendee]]

    init(scenario: Scenario, plan: Plan, templates: EventTemplates, wording: Wording) {
        self.scenario = scenario
        self.plan = plan
        self.templates = templates
        self.wording = wording
        var therapists: [String: (therapist: Therapist, municipality: Municipality)] = [:]
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists where therapists[therapist.id] == nil {
                therapists[therapist.id] = (therapist, municipality)
            }
        }
        self.therapists = therapists
        psychologists = Dictionary(scenario.psychologists.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        venues = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        manuals = Dictionary(scenario.manuals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        municipalities = Dictionary(
            scenario.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        series = Dictionary(scenario.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scenarioSlug = Identifiers.slug(scenario.name)
        manualContexts = manuals.mapValues { manual in
            TemplateContext.Manual(
                id: .init(manual.id), title: .init(manual.title), shortTitle: .init(manual.displayTitle))
        }
        psychologistContexts = psychologists.mapValues { TemplateContext.Person(name: $0.name, email: $0.email) }
        attendeeContexts = series.mapValues { series in
            series.attendees.map { attendee in
                TemplateContext.Attendee(
                    name: .init(attendee.name), role: attendee.role.map(TemplateContext.Text.init),
                    email: attendee.email.map(TemplateContext.Text.init))
            }
        }
    }

    /// Every activity of the plan, in calendar order.
    ///
    /// Rendering the templates is most of an export's work and shares nothing mutable, so
    /// cohorts, groups and meetings are spread over `workers` threads (by default one per
    /// core on large plans). The final sort, on a key that is unique (the `UID` ends it),
    /// makes the result the same whichever thread rendered what.
    func activities(workers: Int? = nil) -> [CalendarActivity] {
        let cohorts = plan.cohorts
        let groups = plan.supervisionGroups.filter { !$0.sessions.isEmpty }
        let meetings = plan.meetings
        let units = cohorts.count + groups.count + meetings.count
        let workers = max(1, min(units, workers ?? min(ProcessInfo.processInfo.activeProcessorCount, units / 500)))
        @Sendable func render(_ worker: Int) -> [CalendarActivity] {
            var part: [CalendarActivity] = []
            part.reserveCapacity(units / workers * 3 + 3)
            for unit in stride(from: worker, to: units, by: workers) {
                if unit < cohorts.count {
                    part.append(contentsOf: trainingDays(cohorts[unit]))
                } else if unit < cohorts.count + groups.count {
                    part.append(supervision(groups[unit - cohorts.count]))
                } else {
                    part.append(meeting(meetings[unit - cohorts.count - groups.count]))
                }
            }
            return part
        }
        let activities: [CalendarActivity]
        if workers == 1 {
            activities = render(0)  // small plans: no threads
        } else {
            let parts = RenderedParts(count: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in parts.store(render(worker), at: worker) }
            activities = parts.joined()
        }
        // Sorting indices moves two words per swap instead of a whole activity.
        let order = activities.indices.sorted { CalendarActivity.inCalendarOrder(activities[$0], activities[$1]) }
        return order.map { activities[$0] }
    }

    /// The audiences that get a file even when nothing of theirs is planned: every meeting
    /// series, every psychologist, and every STIME municipality with therapists or meeting
    /// attendees (a subscription link keeps working when a re-plan moves things).
    func standingAudiences() -> Set<Audience> {
        var result: Set<Audience> = [.all]
        for series in scenario.meetings { result.insert(.meetings(series.id)) }
        for psychologist in scenario.psychologists { result.insert(.psychologist(psychologist.id)) }
        let attending = Set(
            scenario.meetings.flatMap(\.attendees).compactMap { attendee -> String? in
                if case .municipality(let id) = attendee.origin { return id }
                return nil
            })
        for municipality in scenario.municipalities where municipality.stime {
            if !municipality.therapists.isEmpty || attending.contains(municipality.id) {
                result.insert(.municipality(municipality.id))
            }
        }
        return result
    }

    // MARK: - Activities

    /// The days of one cohort: one description for the cohort (rendered once and shared by
    /// its days), one summary per day.
    private func trainingDays(_ cohort: Cohort) -> [CalendarActivity] {
        let start = scenario.slots.am.start
        let minutes = scenario.slots.pm.end.minutes - start.minutes
        let venue = venues[cohort.venue]
        guard let firstDay = cohort.days.first else { return [] }
        let common = common(
            manual: cohort.manual, venue: venue, virtual: false, day: firstDay, start: start, minutes: minutes)
        let dates = cohort.days.map(wording.longDate)
        let cohortID = TemplateContext.Text(cohort.id)
        let dayCount = TemplateContext.Text(cohort.days.count)
        let organizer = cohort.trainers.first.flatMap { psychologists[$0] }.map {
            Person(name: $0.name, email: $0.email)
        }
        let context = TemplateContext.Training(
            common: common, cohort: cohortID, days: dayCount, allDates: numbered(dates),
            trainers: cohort.trainers.map(psychologistContext), participantCount: .init(cohort.participants.count),
            municipalities: municipalityGroups(cohort.participants), organizer: organizer.map(personContext))
        let description = templates.render(.training, .description, context)

        var audiences: Set<Audience> = [.all]
        for trainer in cohort.trainers { audiences.insert(.psychologist(trainer)) }
        addTherapists(cohort.participants, to: &audiences)
        return cohort.days.enumerated().map { index, day in
            let summaryContext = TemplateContext.TrainingDay(
                manual: common.manual, cohort: cohortID, day: .init(index + 1), days: dayCount,
                date: .init(dates[index]))
            return CalendarActivity(
                kind: .training, uid: uid("cohort-\(Identifiers.component(cohort.id))-day-\(index + 1)"),
                summary: templates.render(.training, .summary, summaryContext), description: description,
                category: wording.categoryTraining, start: start, minutes: minutes, dates: [day], everyWeeks: nil,
                location: location(venue), geo: venue?.location, organizer: organizer, audiences: audiences)
        }
    }

    private func supervision(_ group: SupervisionGroup) -> CalendarActivity {
        let manual = manuals[group.manual]
        let start = scenario.slots[group.slot].start
        let minutes = manual?.supervision.durationMinutes ?? scenario.slots[group.slot].minutes
        let venue = group.venue.flatMap { venues[$0] }
        let everyWeeks = manual?.supervision.everyWeeks ?? Self.weeks(between: group.sessions)
        let organizer = psychologists[group.supervisor].map { Person(name: $0.name, email: $0.email) }
        let context = TemplateContext.Supervision(
            common: common(
                manual: group.manual, venue: venue, virtual: group.mode == .virtual, day: group.sessions[0],
                start: start, minutes: minutes),
            group: .init(group.id), cohort: .init(group.cohort), sessions: .init(group.sessions.count),
            everyWeeks: .init(everyWeeks), sessionDates: numbered(group.sessions.map(wording.longDate)),
            supervisor: psychologistContext(group.supervisor), memberCount: .init(group.members.count),
            municipalities: municipalityGroups(group.members), organizer: organizer.map(personContext))

        var audiences: Set<Audience> = [.all, .psychologist(group.supervisor)]
        addTherapists(group.members, to: &audiences)
        return CalendarActivity(
            kind: .supervision, uid: uid("supervision-\(Identifiers.component(group.id))"),
            summary: templates.render(.supervision, .summary, context),
            description: templates.render(.supervision, .description, context),
            category: wording.categorySupervision, start: start, minutes: minutes, dates: group.sessions,
            everyWeeks: everyWeeks, location: group.mode == .virtual ? wording.online : location(venue),
            geo: group.mode == .virtual ? nil : venue?.location, organizer: organizer, audiences: audiences)
    }

    private func meeting(_ meeting: Meeting) -> CalendarActivity {
        let series = self.series[meeting.series]
        let start = scenario.slots[meeting.slot].start
        let minutes = series?.durationMinutes ?? scenario.slots[meeting.slot].minutes
        let venue = venues[meeting.venue]
        let attendees = series?.attendees ?? []
        let context = TemplateContext.Meeting(
            common: common(
                manual: nil, venue: venue, virtual: false, day: meeting.date, start: start, minutes: minutes),
            title: .init(series?.title ?? meeting.series), index: .init(meeting.index),
            count: .init(series?.count ?? plan.meetings.filter { $0.series == meeting.series }.count),
            attendeeCount: .init(attendees.count), attendees: attendeeContexts[meeting.series] ?? [],
            organizer: series?.organizer.map(personContext))

        var audiences: Set<Audience> = [.all, .meetings(meeting.series)]
        for attendee in attendees {
            if let psychologist = attendee.psychologist { audiences.insert(.psychologist(psychologist)) }
            if case .municipality(let id) = attendee.origin, let municipality = municipalities[id], municipality.stime {
                audiences.insert(.municipality(id))
            }
        }
        return CalendarActivity(
            kind: .meeting,
            uid: uid("meeting-\(Identifiers.component(meeting.series))-\(meeting.index)"),
            summary: templates.render(.meeting, .summary, context),
            description: templates.render(.meeting, .description, context),
            category: wording.categoryMeeting, start: start, minutes: minutes, dates: [meeting.date], everyWeeks: nil,
            location: location(venue), geo: venue?.location, organizer: series?.organizer, audiences: audiences)
    }

    // MARK: - Parts

    private func uid(_ activity: String) -> String {
        "\(activity).\(scenarioSlug)@stime-planner"
    }

    private func common(
        manual: String?, venue: Venue?, virtual: Bool, day: CalendarDay, start: TimeOfDay, minutes: Int
    ) -> TemplateContext.Common {
        TemplateContext.Common(
            date: .init(wording.longDate(day)),
            time: .init(wording.timeRange(start, minutes: minutes)),
            virtual: virtual,
            manual: manual.map { id in
                manualContexts[id] ?? TemplateContext.Manual(id: .init(id), title: .init(id), shortTitle: .init(id))
            },
            venue: virtual
                ? nil
                : venue.map { venue in
                    TemplateContext.Venue(
                        name: .init(venue.name), address: venue.address.map(TemplateContext.Text.init))
                })
    }

    /// `1. date`, `2. date`, …
    private func numbered(_ dates: [String]) -> [TemplateContext.NumberedDate] {
        dates.enumerated().map { offset, date in
            TemplateContext.NumberedDate(number: .init(offset + 1), date: .init(date))
        }
    }

    private func location(_ venue: Venue?) -> String? {
        guard let venue else { return nil }
        guard let address = venue.address, !address.isEmpty else { return venue.name }
        return "\(venue.name), \(address)"
    }

    private func psychologistContext(_ id: String) -> TemplateContext.Person {
        psychologistContexts[id] ?? TemplateContext.Person(name: id, email: nil)
    }

    private func personContext(_ person: Person) -> TemplateContext.Person {
        TemplateContext.Person(name: person.name, email: person.email)
    }

    /// Participants grouped by municipality (by municipality name), each with its tovholder.
    private func municipalityGroups(_ therapistIDs: [String]) -> [TemplateContext.MunicipalityGroup] {
        var groups: [String: (municipality: Municipality?, names: [String])] = [:]
        for id in therapistIDs {
            let entry = therapists[id]
            let key = entry?.municipality.id ?? ""
            groups[key, default: (entry?.municipality, [])].names.append(entry?.therapist.name ?? id)
        }
        return groups.values
            .sorted { ($0.municipality?.name ?? "") < ($1.municipality?.name ?? "") }
            .map { group in
                TemplateContext.MunicipalityGroup(
                    name: .init(group.municipality?.name ?? "?"), count: .init(group.names.count),
                    participants: group.names.map { TemplateContext.Participant(name: .init($0)) },
                    tovholder: group.municipality?.tovholder.map(personContext))
            }
    }

    private func addTherapists(_ ids: [String], to audiences: inout Set<Audience>) {
        for id in ids {
            audiences.insert(.therapist(id))
            if let municipality = therapists[id]?.municipality, municipality.stime {
                audiences.insert(.municipality(municipality.id))
            }
        }
    }

    /// The cadence of sessions when the manual is unknown: the first gap, in whole weeks.
    static func weeks(between sessions: [CalendarDay]) -> Int {
        guard sessions.count > 1 else { return 1 }
        return max(1, sessions[0].days(to: sessions[1]) / 7)
    }
}

/// What each rendering thread produced, handed back under a lock.
private final class RenderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[CalendarActivity]]

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func store(_ part: [CalendarActivity], at index: Int) {
        lock.withLock { parts[index] = part }
    }

    func joined() -> [CalendarActivity] {
        lock.withLock { Array(parts.joined()) }
    }
}
