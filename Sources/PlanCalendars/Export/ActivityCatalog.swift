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
    /// The secretariat's agenda links and notes by meeting key.
    let meetingNotes: [ActivityKey: MeetingNote]

    private let therapists: [String: (therapist: Therapist, municipality: Municipality)]
    private let psychologists: [String: Psychologist]
    private let venues: [String: Venue]
    private let manuals: [String: Manual]
    private let series: [String: MeetingSeries]
    private let municipalities: [String: Municipality]
    /// The published `SEQUENCE` of each live entry above 0 (`calendar.sequence`).
    private let sequences: [ActivityKey: Int]
    /// Template values built once and shared by every activity that shows them.
    private let manualContexts: [String: TemplateContext.Manual]
    private let psychologistContexts: [String: TemplateContext.Person]
    private let attendeeContexts: [String: [TemplateContext.Attendee]]

    init(
        scenario: Scenario, plan: Plan, templates: EventTemplates, wording: Wording,
        meetingNotes: [ActivityKey: MeetingNote] = [:]
    ) {
        self.scenario = scenario
        self.plan = plan
        self.templates = templates
        self.wording = wording
        self.meetingNotes = meetingNotes
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
        sequences = plan.calendar?.sequence ?? [:]
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

    /// Every entry of the plan, then every cancelled entry of its `calendar` record, in
    /// calendar order.
    ///
    /// Rendering the templates is most of an export's work and shares nothing mutable, so
    /// cohorts, groups and meetings are spread over `workers` threads (by default one per
    /// core on large plans). The final sort, on a key that is unique (the `UID` and the
    /// status end it), makes the result the same whichever thread rendered what. Where a
    /// cohort or group id or a meeting key repeats, the first one counts (as in
    /// ``Plan/entries(in:)``).
    func activities(workers: Int? = nil) -> [CalendarActivity] {
        var cohortIDs = Set<String>()
        var groupIDs = Set<String>()
        var meetingKeys = Set<ActivityKey>()
        let cohorts = plan.cohorts.filter { cohortIDs.insert($0.id).inserted }
        let groups = plan.supervisionGroups.filter { groupIDs.insert($0.id).inserted }
        let meetings = plan.meetings.filter {
            meetingKeys.insert(.meeting(series: $0.series, index: $0.index)).inserted
        }
        let units = cohorts.count + groups.count + meetings.count
        let workers = max(1, min(units, workers ?? min(ProcessInfo.processInfo.activeProcessorCount, units / 500)))
        @Sendable func render(_ worker: Int) -> [CalendarActivity] {
            var part: [CalendarActivity] = []
            part.reserveCapacity(units / workers * 3 + 3)
            for unit in stride(from: worker, to: units, by: workers) {
                if unit < cohorts.count {
                    part.append(contentsOf: trainingDays(cohorts[unit]))
                } else if unit < cohorts.count + groups.count {
                    part.append(contentsOf: sessions(groups[unit - cohorts.count]))
                } else {
                    part.append(meeting(meetings[unit - cohorts.count - groups.count]))
                }
            }
            return part
        }
        var activities: [CalendarActivity]
        if workers == 1 {
            activities = render(0)  // small plans: no threads
        } else {
            let parts = RenderedParts(count: workers)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in parts.store(render(worker), at: worker) }
            activities = parts.joined()
        }
        activities += cancelled(alongside: activities)
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
        let days = cohort.days.sorted()
        guard let firstDay = days.first else { return [] }
        let common = common(
            manual: cohort.manual, venue: venue, virtual: false, day: firstDay, start: start, minutes: minutes)
        let dates = days.map(wording.longDate)
        let cohortID = TemplateContext.Text(cohort.id)
        let dayCount = TemplateContext.Text(days.count)
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
        return days.enumerated().map { index, day in
            let summaryContext = TemplateContext.TrainingDay(
                manual: common.manual, cohort: cohortID, day: .init(index + 1), days: dayCount,
                date: .init(dates[index]))
            return live(
                .training, key: .trainingDay(cohort: cohort.id, day: index + 1),
                summary: templates.render(.training, .summary, summaryContext), description: description,
                category: wording.categoryTraining, date: day, start: start, minutes: minutes,
                location: location(venue), geo: venue?.location, organizer: organizer, audiences: audiences)
        }
    }

    /// The sessions of one supervision group: one description for the group, one summary
    /// per session.
    private func sessions(_ group: SupervisionGroup) -> [CalendarActivity] {
        let days = group.sessions.sorted()
        guard let firstDay = days.first else { return [] }
        let manual = manuals[group.manual]
        let start = scenario.slots[group.slot].start
        let minutes = manual?.supervision.durationMinutes ?? scenario.slots[group.slot].minutes
        let venue = group.venue.flatMap { venues[$0] }
        let everyWeeks = manual?.supervision.everyWeeks ?? Self.weeks(between: days)
        let organizer = psychologists[group.supervisor].map { Person(name: $0.name, email: $0.email) }
        let context = TemplateContext.Supervision(
            common: common(
                manual: group.manual, venue: venue, virtual: group.mode == .virtual, day: firstDay,
                start: start, minutes: minutes),
            group: .init(group.id), cohort: .init(group.cohort), sessions: .init(days.count),
            everyWeeks: .init(everyWeeks), sessionDates: numbered(days.map(wording.longDate)),
            supervisor: psychologistContext(group.supervisor), memberCount: .init(group.members.count),
            municipalities: municipalityGroups(group.members), organizer: organizer.map(personContext))
        let description = templates.render(.supervision, .description, context)

        var audiences: Set<Audience> = [.all, .psychologist(group.supervisor)]
        addTherapists(group.members, to: &audiences)
        return days.enumerated().map { index, day in
            let summary = templates.render(
                .supervision, .summary,
                TemplateContext.SupervisionSession(
                    group: context, session: .init(index + 1), date: .init(wording.longDate(day))))
            return live(
                .supervision, key: .session(group: group.id, number: index + 1), summary: summary,
                description: description, category: wording.categorySupervision, date: day, start: start,
                minutes: minutes, location: group.mode == .virtual ? wording.online : location(venue),
                geo: group.mode == .virtual ? nil : venue?.location, organizer: organizer, audiences: audiences)
        }
    }

    private func meeting(_ meeting: Meeting) -> CalendarActivity {
        let series = self.series[meeting.series]
        let start = scenario.slots[meeting.slot].start
        let minutes = series?.durationMinutes ?? scenario.slots[meeting.slot].minutes
        let venue = venues[meeting.venue]
        let key = ActivityKey.meeting(series: meeting.series, index: meeting.index)
        let context = TemplateContext.Meeting(
            common: common(
                manual: nil, venue: venue, virtual: false, day: meeting.date, start: start, minutes: minutes),
            title: .init(series?.title ?? meeting.series), index: .init(meeting.index),
            count: .init(series?.count ?? plan.meetings.filter { $0.series == meeting.series }.count),
            attendeeCount: .init(series?.attendees.count ?? 0), attendees: attendeeContexts[meeting.series] ?? [],
            organizer: series?.organizer.map(personContext),
            agenda: meetingNotes[key]?.agenda.map(TemplateContext.Text.init),
            note: meetingNotes[key]?.note.map(TemplateContext.Text.init))
        return live(
            .meeting, key: key, summary: templates.render(.meeting, .summary, context),
            description: templates.render(.meeting, .description, context), category: wording.categoryMeeting,
            date: meeting.date, start: start, minutes: minutes, location: location(venue), geo: venue?.location,
            organizer: series?.organizer, audiences: audiences(ofPeople: [], key: key))
    }

    // MARK: - Cancelled entries

    /// The cancelled entries of the plan's `calendar` record, each carried by the files of
    /// those who had it and lost it: the audiences of its people (and `all.ics` and the
    /// series' file for a key that is gone), minus every audience that has the key in
    /// `live`. Where two cancellations of one key reach the same file, the one with the
    /// higher `SEQUENCE` is shown. People the scenario no longer knows get no file.
    private func cancelled(alongside live: [CalendarActivity]) -> [CalendarActivity] {
        guard let record = plan.calendar, !record.cancelled.isEmpty else { return [] }
        var taken: [ActivityKey: Set<Audience>] = [:]
        for activity in live { taken[activity.key, default: []].formUnion(activity.audiences) }
        let latestFirst = record.cancelled.sorted {
            ($0.key, -$0.sequence) < ($1.key, -$1.sequence)
        }
        var result: [CalendarActivity] = []
        for entry in latestFirst {
            let audiences = audiences(ofPeople: entry.entry.people, key: entry.key).subtracting(taken[entry.key] ?? [])
            guard !audiences.isEmpty else { continue }
            taken[entry.key, default: []].formUnion(audiences)
            result.append(cancelledActivity(entry, audiences: audiences))
        }
        return result
    }

    private func cancelledActivity(_ cancelled: CancelledEntry, audiences: Set<Audience>) -> CalendarActivity {
        let entry = cancelled.entry
        let kind: EventTemplates.Kind
        let start: TimeOfDay
        let minutes: Int
        let title: String
        switch (cancelled.key, entry.slot) {
        case (_, .day):
            kind = .training
            start = scenario.slots.am.start
            minutes = scenario.slots.pm.end.minutes - start.minutes
        case (.meeting(let id, _), .am), (.meeting(let id, _), .pm):
            kind = .meeting
            start = scenario.slots[entry.slot == .am ? .am : .pm].start
            minutes = series[id]?.durationMinutes ?? scenario.slots[entry.slot == .am ? .am : .pm].minutes
        default:
            kind = .supervision
            let slot: Slot = entry.slot == .am ? .am : .pm
            start = scenario.slots[slot].start
            minutes = entry.manual.flatMap { manuals[$0]?.supervision.durationMinutes } ?? scenario.slots[slot].minutes
        }
        switch cancelled.key {
        case .meeting(let id, _): title = series[id]?.title ?? id
        default: title = entry.manual.flatMap { manuals[$0]?.displayTitle } ?? entry.manual ?? ""
        }
        let venue = entry.venue.flatMap { venues[$0] }
        return CalendarActivity(
            kind: kind, key: cancelled.key, uid: Identifiers.uid(of: cancelled.key), sequence: cancelled.sequence,
            isCancelled: true, summary: wording.cancelledSummary(cancelled.key, title: title),
            description: wording.cancelledDescription(wording.longDate(entry.date)),
            category: kind == .meeting
                ? wording.categoryMeeting : kind == .training ? wording.categoryTraining : wording.categorySupervision,
            date: entry.date, start: start, minutes: minutes,
            location: venue == nil && kind == .supervision ? wording.online : location(venue),
            geo: venue?.location, organizer: nil, audiences: audiences)
    }

    /// The files of `people` for entry `key`: `all.ics`, a meeting series' file, and each
    /// person's own and their municipality's (therapists by their municipality, meeting
    /// attendees by their origin; for a meeting, `people` is the series' attendees when empty).
    private func audiences(ofPeople people: [String], key: ActivityKey) -> Set<Audience> {
        var result: Set<Audience> = [.all]
        var identities = Set(people)
        if case .meeting(let id, _) = key {
            result.insert(.meetings(id))
            let attendees = series[id]?.attendees ?? []
            if people.isEmpty { identities = Set(attendees.map(\.identity)) }
            for attendee in attendees where identities.contains(attendee.identity) {
                if case .municipality(let origin) = attendee.origin, municipalities[origin]?.stime == true {
                    result.insert(.municipality(origin))
                }
            }
        }
        for person in identities where psychologists[person] != nil {
            result.insert(.psychologist(person))
        }
        addTherapists(identities.filter { therapists[$0] != nil }.sorted(), to: &result)
        return result
    }

    /// A live entry with its published `SEQUENCE`.
    private func live(
        _ kind: EventTemplates.Kind, key: ActivityKey, summary: String, description: String, category: String,
        date: CalendarDay, start: TimeOfDay, minutes: Int, location: String?, geo: GeoPoint?, organizer: Person?,
        audiences: Set<Audience>
    ) -> CalendarActivity {
        CalendarActivity(
            kind: kind, key: key, uid: Identifiers.uid(of: key), sequence: sequences[key] ?? 0, isCancelled: false,
            summary: summary, description: description, category: category, date: date, start: start,
            minutes: minutes, location: location, geo: geo, organizer: organizer, audiences: audiences)
    }

    // MARK: - Parts

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
