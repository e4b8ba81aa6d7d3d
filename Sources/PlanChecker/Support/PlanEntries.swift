import PlanningModel

/// One calendar entry of a plan as the re-plan rules see it (REPLAN.md): its key, when and
/// where it is, who leads it and who has it in their calendar.
struct PlanEntry: Sendable {
    let key: ActivityKey
    let date: CalendarDay
    let slot: EntrySlot
    let venue: String?
    /// Trainers of a training day, the supervisor of a session; none for a meeting.
    let leaders: Set<String>
    /// Everyone who has the entry: trainers and participants, supervisor and members, or the
    /// series' attendees (psychologist id, else e-mail, else name).
    let people: Set<String>

    /// Whether `other` is at the same date, slot and venue.
    func isAtSamePlace(as other: PlanEntry) -> Bool {
        date == other.date && slot == other.slot && venue == other.venue
    }

    /// `training day 2 of cohort uro-1 (2026-09-14 day at bua-skejby)`, in the language of `words`.
    func label(_ words: CheckerWording) -> String {
        let at = venue.map { words("entry.at", ["venue": $0]) } ?? ""
        let place = words("entry.place", ["day": date.description, "slot": words.slot(slot)]) + at
        switch key {
        case .trainingDay(let cohort, let day):
            return words("entry.training", ["number": String(day), "cohort": cohort, "place": place])
        case .session(let group, let number):
            return words("entry.session", ["number": String(number), "group": group, "place": place])
        case .meeting(let series, let index):
            return words("entry.meeting", ["series": series, "index": String(index), "place": place])
        }
    }
}

/// Every calendar entry of a plan by key, and who of them is still in the scenario.
struct PlanEntries: Sendable {
    let entries: [ActivityKey: PlanEntry]
    /// Everyone the scenario still knows: therapists, psychologists and meeting attendees
    /// (by psychologist id, else e-mail, else name).
    let present: Set<String>

    /// The entries of `plan`. Training days and sessions are numbered 1… in date order (a
    /// repeated date counts once); where ids or meeting indices repeat, the first one counts.
    init(plan: Plan, index: ScenarioIndex) {
        var entries: [ActivityKey: PlanEntry] = [:]
        func add(_ entry: PlanEntry) {
            if entries[entry.key] == nil { entries[entry.key] = entry }
        }
        var seenCohorts = Set<String>()
        for cohort in plan.cohorts where seenCohorts.insert(cohort.id).inserted {
            let trainers = Set(cohort.trainers)
            for (position, day) in Set(cohort.days).sorted().enumerated() {
                add(
                    PlanEntry(
                        key: .trainingDay(cohort: cohort.id, day: position + 1), date: day, slot: .day,
                        venue: cohort.venue, leaders: trainers, people: trainers.union(cohort.participants)))
            }
        }
        var seenGroups = Set<String>()
        for group in plan.supervisionGroups where seenGroups.insert(group.id).inserted {
            for (position, day) in Set(group.sessions).sorted().enumerated() {
                add(
                    PlanEntry(
                        key: .session(group: group.id, number: position + 1), date: day, slot: EntrySlot(group.slot),
                        venue: group.venue, leaders: [group.supervisor],
                        people: Set(group.members).union([group.supervisor])))
            }
        }
        for meeting in plan.meetings {
            let attendees = (index.series[meeting.series]?.attendees ?? []).map(Self.identity)
            add(
                PlanEntry(
                    key: .meeting(series: meeting.series, index: meeting.index), date: meeting.date,
                    slot: EntrySlot(meeting.slot), venue: meeting.venue, leaders: [], people: Set(attendees)))
        }
        self.entries = entries
        present = Set(index.therapists.keys).union(index.psychologists.keys)
            .union(index.series.values.flatMap { $0.attendees.map(Self.identity) })
    }

    /// A meeting attendee as a person: their psychologist id, else e-mail, else name.
    static func identity(of attendee: Attendee) -> String {
        attendee.psychologist ?? attendee.email ?? attendee.name
    }

    subscript(key: ActivityKey) -> PlanEntry? { entries[key] }

    /// `people` without those who are no longer in the scenario.
    func staying(_ people: some Sequence<String>) -> Set<String> {
        Set(people).intersection(present)
    }
}
