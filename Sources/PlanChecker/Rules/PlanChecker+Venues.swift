import PlanningModel

private struct VenueSlot: Hashable {
    let venue: String
    let date: CalendarDay
    let slot: Slot
}

extension PlanChecker {
    /// H9: a venue hosts at most `rooms` activities per slot; a physical supervision group
    /// (members + supervisor) and a meeting (attendees) fit within the venue's capacity.
    /// Cohorts' capacity is H3. Unknown venues of cohorts and groups are reported here;
    /// a meeting's venue is checked against its series under H12.
    func checkVenues(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for cohort in facts.plan.cohorts where facts.isJudged(cohort.days) && index.venues[cohort.venue] == nil {
            violations.append(
                Violation(
                    rule: .h9, message: words("h9.cohortVenue", ["cohort": cohort.id, "venue": cohort.venue]),
                    entities: [cohort.id, cohort.venue]))
        }
        for group in facts.plan.supervisionGroups where facts.isJudged(group.sessions) {
            if let venue = group.venue, index.venues[venue] == nil {
                violations.append(
                    Violation(
                        rule: .h9,
                        message: words("h9.groupVenue", ["group": group.id, "venue": venue]),
                        entities: [group.id, venue]))
            }
            if let venueID = group.physicalVenue(index: index), let venue = index.venues[venueID],
                group.members.count + 1 > venue.capacity
            {
                violations.append(
                    Violation(
                        rule: .h9,
                        message: words(
                            "h9.groupCapacity",
                            [
                                "group": group.id, "members": String(group.members.count),
                                "capacity": String(venue.capacity), "venue": venue.id,
                            ]),
                        entities: [group.id, venue.id]))
            }
        }
        for meeting in facts.plan.meetings where facts.isJudged(meeting.date) {
            guard let series = index.series[meeting.series], let venue = index.venues[meeting.venue],
                series.attendees.count > venue.capacity
            else { continue }
            violations.append(
                Violation(
                    rule: .h9,
                    message: words(
                        "h9.meetingCapacity",
                        [
                            "series": meeting.series, "index": String(meeting.index),
                            "count": String(series.attendees.count), "capacity": String(venue.capacity),
                            "venue": venue.id,
                        ]),
                    entities: [meeting.series, venue.id]))
        }
        violations += roomUse(facts)
        return violations
    }

    private func roomUse(_ facts: PlanFacts) -> [Violation] {
        var order: [VenueSlot] = []
        var uses: [VenueSlot: [Activity]] = [:]
        for activity in facts.activities where facts.isJudged(activity.date) {
            guard let venue = activity.venue else { continue }
            for slot in activity.slots {
                let key = VenueSlot(venue: venue, date: activity.date, slot: slot)
                if uses[key] == nil { order.append(key) }
                uses[key, default: []].append(activity)
            }
        }
        var violations: [Violation] = []
        for key in order {
            guard let activities = uses[key], let venue = index.venues[key.venue], activities.count > venue.rooms
            else { continue }
            violations.append(
                Violation(
                    rule: .h9,
                    message: words(
                        "h9.rooms",
                        [
                            "venue": venue.id, "count": String(activities.count), "day": key.date.description,
                            "slot": words.slot(key.slot), "activities": activities.map(\.label).joined(separator: "; "),
                            "rooms": String(venue.rooms),
                        ]),
                    entities: [venue.id] + activities.map(\.owner).uniqued))
        }
        return violations
    }
}
