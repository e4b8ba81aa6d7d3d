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
        municipalities = Dictionary(scenario.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        series = Dictionary(scenario.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scenarioSlug = Identifiers.slug(scenario.name)
    }

    /// Every activity of the plan, in calendar order.
    func activities() -> [CalendarActivity] {
        var result: [CalendarActivity] = []
        result.reserveCapacity(plan.cohorts.count * 4 + plan.supervisionGroups.count + plan.meetings.count)
        for cohort in plan.cohorts {
            result.append(contentsOf: trainingDays(cohort))
        }
        for group in plan.supervisionGroups where !group.sessions.isEmpty {
            result.append(supervision(group))
        }
        for meeting in plan.meetings {
            result.append(self.meeting(meeting))
        }
        return result.sorted(by: CalendarActivity.inCalendarOrder)
    }

    /// The audiences that get a file even when nothing of theirs is planned: every meeting
    /// series, every psychologist, and every STIME municipality with therapists or meeting
    /// attendees (a subscription link keeps working when a re-plan moves things).
    func standingAudiences() -> Set<Audience> {
        var result: Set<Audience> = [.all]
        for series in scenario.meetings { result.insert(.meetings(series.id)) }
        for psychologist in scenario.psychologists { result.insert(.psychologist(psychologist.id)) }
        let attending = Set(scenario.meetings.flatMap(\.attendees).compactMap { attendee -> String? in
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
        var context = common(manual: cohort.manual, venue: venue, virtual: false, day: firstDay, start: start, minutes: minutes)
        context["cohort"] = cohort.id
        context["days"] = cohort.days.count
        context["allDates"] = cohort.days.enumerated().map { offset, date -> [String: Any] in
            ["date": wording.longDate(date), "number": offset + 1]
        }
        context["trainers"] = cohort.trainers.map(psychologistContext)
        context["participantCount"] = cohort.participants.count
        context["municipalities"] = municipalityGroups(cohort.participants)
        let organizer = cohort.trainers.first.flatMap { psychologists[$0] }.map { Person(name: $0.name, email: $0.email) }
        context["organizer"] = organizer.map(personContext)
        let description = templates.render(.training, .description, context)

        var audiences: Set<Audience> = [.all]
        for trainer in cohort.trainers { audiences.insert(.psychologist(trainer)) }
        addTherapists(cohort.participants, to: &audiences)
        return cohort.days.enumerated().map { index, day in
            let summaryContext: [String: Any] = [
                "manual": context["manual"] ?? [:], "cohort": cohort.id, "day": index + 1, "days": cohort.days.count,
                "date": wording.longDate(day),
            ]
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
        var context = common(
            manual: group.manual, venue: venue, virtual: group.mode == .virtual, day: group.sessions[0], start: start,
            minutes: minutes)
        context["group"] = group.id
        context["cohort"] = group.cohort
        context["sessions"] = group.sessions.count
        context["everyWeeks"] = everyWeeks
        context["sessionDates"] = group.sessions.enumerated().map { offset, date -> [String: Any] in
            ["date": wording.longDate(date), "number": offset + 1]
        }
        context["supervisor"] = psychologistContext(group.supervisor)
        context["memberCount"] = group.members.count
        context["municipalities"] = municipalityGroups(group.members)
        let organizer = psychologists[group.supervisor].map { Person(name: $0.name, email: $0.email) }
        context["organizer"] = organizer.map(personContext)

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
        var context = common(manual: nil, venue: venue, virtual: false, day: meeting.date, start: start, minutes: minutes)
        context["title"] = series?.title ?? meeting.series
        context["index"] = meeting.index
        context["count"] = series?.count ?? plan.meetings.filter { $0.series == meeting.series }.count
        let attendees = series?.attendees ?? []
        context["attendeeCount"] = attendees.count
        context["attendees"] = attendees.map { attendee -> [String: Any] in
            var entry: [String: Any] = ["name": attendee.name]
            if let role = attendee.role { entry["role"] = role }
            if let email = attendee.email { entry["email"] = email }
            return entry
        }
        context["organizer"] = series?.organizer.map(personContext)

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
    ) -> [String: Any] {
        var context: [String: Any] = [
            "date": wording.longDate(day),
            "time": wording.timeRange(start, minutes: minutes),
            "virtual": virtual,
        ]
        if let manual {
            let known = manuals[manual]
            context["manual"] = [
                "id": manual, "title": known?.title ?? manual, "shortTitle": known?.displayTitle ?? manual,
            ]
        }
        if let venue, !virtual {
            var entry: [String: Any] = ["name": venue.name]
            if let address = venue.address { entry["address"] = address }
            context["venue"] = entry
        }
        return context
    }

    private func location(_ venue: Venue?) -> String? {
        guard let venue else { return nil }
        guard let address = venue.address, !address.isEmpty else { return venue.name }
        return "\(venue.name), \(address)"
    }

    private func psychologistContext(_ id: String) -> [String: Any] {
        guard let psychologist = psychologists[id] else { return ["name": id] }
        return personContext(Person(name: psychologist.name, email: psychologist.email))
    }

    private func personContext(_ person: Person) -> [String: Any] {
        var entry: [String: Any] = ["name": person.name]
        if let email = person.email { entry["email"] = email }
        return entry
    }

    /// Participants grouped by municipality (by municipality name), each with its tovholder.
    private func municipalityGroups(_ therapistIDs: [String]) -> [[String: Any]] {
        var groups: [String: (municipality: Municipality?, names: [String])] = [:]
        for id in therapistIDs {
            let entry = therapists[id]
            let key = entry?.municipality.id ?? ""
            groups[key, default: (entry?.municipality, [])].names.append(entry?.therapist.name ?? id)
        }
        return groups.values
            .sorted { ($0.municipality?.name ?? "") < ($1.municipality?.name ?? "") }
            .map { group in
                var entry: [String: Any] = [
                    "name": group.municipality?.name ?? "?",
                    "count": group.names.count,
                    "participants": group.names.map { ["name": $0] },
                ]
                if let tovholder = group.municipality?.tovholder { entry["tovholder"] = personContext(tovholder) }
                return entry
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
