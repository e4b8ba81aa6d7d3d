import PlanningModel

/// One dated occurrence of something in the plan: a cohort's training day, a supervision
/// session of a group, or a meeting. Every rule about people, venues and dates (H6–H9,
/// S5, S6) looks at these.
struct Activity: Sendable {
    enum Kind: Sendable {
        case training, supervision, meeting
    }

    let kind: Kind
    /// Cohort, group or series id.
    let owner: String
    /// For a person: "cohort c1 training day 2026-09-08" (in the wording's language).
    let label: String
    let date: CalendarDay
    /// Both slots for a training day, one otherwise.
    let slots: [Slot]
    /// The venue id when the activity happens at a known venue (nil when virtual or unknown).
    let venue: String?
    /// Known therapists taking part, without repeats.
    let therapists: [String]
    /// Known psychologists taking part (trainers, supervisor, meeting attendees), without repeats.
    let psychologists: [String]

    /// Every activity of `plan`, in plan order, labelled in the language of `words`.
    static func all(in plan: Plan, index: ScenarioIndex, words: CheckerWording) -> [Activity] {
        var activities: [Activity] = []
        for cohort in plan.cohorts {
            let therapists = cohort.participants.uniqued.filter { index.therapists[$0] != nil }
            let psychologists = cohort.trainers.uniqued.filter { index.psychologists[$0] != nil }
            let venue = index.venues[cohort.venue] == nil ? nil : cohort.venue
            for day in cohort.days.uniqued {
                activities.append(
                    Activity(
                        kind: .training, owner: cohort.id,
                        label: words("activity.training", ["cohort": cohort.id, "day": day.description]), date: day,
                        slots: [.am, .pm], venue: venue, therapists: therapists, psychologists: psychologists))
            }
        }
        for group in plan.supervisionGroups {
            let therapists = group.members.uniqued.filter { index.therapists[$0] != nil }
            let psychologists = index.psychologists[group.supervisor] == nil ? [] : [group.supervisor]
            let venue = group.physicalVenue(index: index)
            for day in group.sessions.uniqued {
                activities.append(
                    Activity(
                        kind: .supervision, owner: group.id,
                        label: words(
                            "activity.session",
                            ["group": group.id, "day": day.description, "slot": words.slot(group.slot)]),
                        date: day,
                        slots: [group.slot], venue: venue, therapists: therapists, psychologists: psychologists))
            }
        }
        for meeting in plan.meetings {
            let psychologists = (index.series[meeting.series]?.attendees ?? [])
                .compactMap(\.psychologist).uniqued.filter { index.psychologists[$0] != nil }
            let venue = index.venues[meeting.venue] == nil ? nil : meeting.venue
            activities.append(
                Activity(
                    kind: .meeting, owner: meeting.series,
                    label: words(
                        "activity.meeting",
                        [
                            "series": meeting.series, "index": String(meeting.index),
                            "day": meeting.date.description, "slot": words.slot(meeting.slot),
                        ]),
                    date: meeting.date, slots: [meeting.slot], venue: venue, therapists: [],
                    psychologists: psychologists))
        }
        return activities
    }
}

extension SupervisionGroup {
    /// The venue the group meets at when it is physical and the venue is known; nil otherwise.
    func physicalVenue(index: ScenarioIndex) -> String? {
        guard mode == .physical, let venue, index.venues[venue] != nil else { return nil }
        return venue
    }
}
