extension Plan {
    /// Every calendar entry of the plan by key (REPLAN.md, "Identity of activities"): the
    /// k-th training day of each cohort and the k-th session of each supervision group
    /// (1-based, date order), and each meeting by series and index.
    ///
    /// `people` are the trainers and participants of a training day, the supervisor and
    /// members of a session, and the attendees of a meeting as `scenario` lists them (by
    /// psychologist id, else e-mail, else name), sorted. Where a cohort or group id or a
    /// meeting key repeats, the first one counts.
    public func entries(in scenario: Scenario) -> [ActivityKey: EntryState] {
        var result: [ActivityKey: EntryState] = [:]
        func add(_ key: ActivityKey, _ entry: EntryState) {
            if result[key] == nil { result[key] = entry }
        }
        var cohortsSeen = Set<String>()
        for cohort in cohorts where cohortsSeen.insert(cohort.id).inserted {
            let people = Set(cohort.trainers + cohort.participants).sorted()
            for (index, day) in cohort.days.sorted().enumerated() {
                add(
                    .trainingDay(cohort: cohort.id, day: index + 1),
                    EntryState(date: day, slot: .day, venue: cohort.venue, manual: cohort.manual, people: people))
            }
        }
        var groupsSeen = Set<String>()
        for group in supervisionGroups where groupsSeen.insert(group.id).inserted {
            let people = Set(group.members + [group.supervisor]).sorted()
            for (index, day) in group.sessions.sorted().enumerated() {
                add(
                    .session(group: group.id, number: index + 1),
                    EntryState(
                        date: day, slot: EntrySlot(group.slot), venue: group.venue, manual: group.manual,
                        people: people))
            }
        }
        for meeting in meetings {
            let attendees = scenario.meetingSeries(meeting.series)?.attendees ?? []
            add(
                .meeting(series: meeting.series, index: meeting.index),
                EntryState(
                    date: meeting.date, slot: EntrySlot(meeting.slot), venue: meeting.venue, manual: nil,
                    people: Set(attendees.map(\.identity)).sorted()))
        }
        return result
    }
}
