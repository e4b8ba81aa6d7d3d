import PlanTemplates
import PlanningModel

/// Builds the "Changes" section of a re-plan's report from the plan's `changes`: what moved,
/// what was added or cancelled, and whose calendars change, grouped by municipality (each
/// therapist under their municipality), then the BUA psychologists, the other meeting
/// attendees, and people the scenario no longer has.
struct ChangesSectionBuilder {
    let context: ReportContext

    private var strings: StringTable { context.strings }
    private var format: ReportFormat { context.format }

    /// Whom a person's row belongs to.
    private enum Audience: Hashable {
        case municipality(String)
        case psychologists
        case attendees
        case others
    }

    /// The section, or nil when the plan is not a re-plan.
    func build() -> ReportView.ChangesSection? {
        guard let changes = context.plan.changes else { return nil }
        let attendeeNames = attendeeNames()
        var rows: [Audience: [ReportView.ChangeRow]] = [:]
        var people: [Audience: Set<String>] = [:]
        for change in changes {
            let byAudience = Dictionary(grouping: change.people.uniquedInOrder) {
                audience(of: $0, attendees: attendeeNames)
            }
            for (audience, members) in byAudience {
                people[audience, default: []].formUnion(members)
                rows[audience, default: []].append(
                    row(change, people: members.map { name(of: $0, attendees: attendeeNames) }))
            }
        }
        let groups = order(Array(rows.keys)).map { audience in
            let count = people[audience]?.count ?? 0
            return ReportView.ChangeGroup(
                title: title(of: audience),
                note: strings.format("changes.groupNote", count: count),
                rows: rows[audience] ?? [])
        }
        return ReportView.ChangesSection(
            intro: intro(), counts: counts(changes), groups: groups, hasGroups: !groups.isEmpty,
            noneText: strings["changes.none"])
    }

    private func intro() -> String {
        guard let base = context.plan.base else { return "" }
        return strings.format(
            "changes.intro", ["scenario": base.scenario, "today": format.dateWithWeekday(base.today)])
    }

    private func counts(_ changes: [PlanChange]) -> [ReportView.SummaryItem] {
        let everyone = Set(changes.flatMap(\.people))
        var items = PlanChange.Kind.allCases.map { kind in
            ReportView.SummaryItem(
                label: strings["changes.kind.\(kind.rawValue)"],
                value: format.number(changes.filter { $0.kind == kind }.count),
                note: strings["changes.countNote.\(kind.rawValue)"])
        }
        items.append(
            ReportView.SummaryItem(
                label: strings["changes.people"], value: format.number(everyone.count),
                note: strings["changes.peopleNote"]))
        return items
    }

    private func row(_ change: PlanChange, people: [String]) -> ReportView.ChangeRow {
        ReportView.ChangeRow(
            kind: change.kind.rawValue, kindLabel: strings["changes.kind.\(change.kind.rawValue)"],
            entry: entry(change), before: change.before.map { state($0, key: change.key) } ?? "—",
            after: change.after.map { state($0, key: change.key) } ?? "—",
            people: people.sorted().joined(separator: ", "))
    }

    /// `Uro, cohort uro-1, training day 2`.
    private func entry(_ change: PlanChange) -> String {
        let manual = (change.after ?? change.before)?.manual.map(context.manualShortTitle) ?? ""
        switch change.key {
        case .trainingDay(let cohort, let day):
            return strings.format("changes.training", ["manual": manual, "cohort": cohort, "number": String(day)])
        case .session(let group, let number):
            return strings.format("changes.session", ["manual": manual, "group": group, "number": String(number)])
        case .meeting(let series, let index):
            return strings.format(
                "changes.meeting", ["series": context.seriesTitle(series), "number": String(index)])
        }
    }

    /// `Tue 3 Feb 2026, 09:00–15:30, BUA Skejby`.
    private func state(_ state: EntryState, key: ActivityKey) -> String {
        let slots = context.scenario.slots
        let time: String
        switch (state.slot, key) {
        case (.day, _):
            time = "\(slots.am.start)–\(slots.pm.end)"
        case (.am, .meeting(let series, _)), (.pm, .meeting(let series, _)):
            let minutes = context.series(series)?.durationMinutes ?? 180
            time = format.time(state.slot == .am ? .am : .pm, minutes: minutes, slots: slots)
        case (.am, _), (.pm, _):
            let minutes = state.manual.flatMap { context.manual($0)?.supervision.durationMinutes } ?? 150
            time = format.time(state.slot == .am ? .am : .pm, minutes: minutes, slots: slots)
        }
        let place = state.venue.map(context.venueName) ?? strings["mode.virtual"]
        return "\(format.dateWithWeekday(state.date)), \(time), \(place)"
    }

    private func audience(of person: String, attendees: [String: String]) -> Audience {
        if let municipality = context.municipalityID(ofTherapist: person) { return .municipality(municipality) }
        if context.psychologist(person) != nil { return .psychologists }
        if attendees[person] != nil { return .attendees }
        return .others
    }

    private func name(of person: String, attendees: [String: String]) -> String {
        if context.municipalityID(ofTherapist: person) != nil { return context.therapistName(person) }
        if context.psychologist(person) != nil { return context.psychologistName(person) }
        return attendees[person] ?? person
    }

    /// Meeting attendees who are not psychologists, by the id a plan uses for them (e-mail,
    /// else name) → their name.
    private func attendeeNames() -> [String: String] {
        var names: [String: String] = [:]
        for series in context.scenario.meetings {
            for attendee in series.attendees where attendee.psychologist == nil {
                names[attendee.email ?? attendee.name] = attendee.name
            }
        }
        return names
    }

    /// Municipalities in scenario order, then psychologists, attendees and the rest.
    private func order(_ audiences: [Audience]) -> [Audience] {
        let municipalities = context.scenario.municipalities.map(\.id)
        func rank(_ audience: Audience) -> (Int, Int) {
            switch audience {
            case .municipality(let id): (0, municipalities.firstIndex(of: id) ?? municipalities.count)
            case .psychologists: (1, 0)
            case .attendees: (2, 0)
            case .others: (3, 0)
            }
        }
        return audiences.sorted { rank($0) < rank($1) }
    }

    private func title(of audience: Audience) -> String {
        switch audience {
        case .municipality(let id): context.municipalityName(id)
        case .psychologists: strings["changes.psychologists"]
        case .attendees: strings["changes.attendees"]
        case .others: strings["changes.others"]
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    fileprivate var uniquedInOrder: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
