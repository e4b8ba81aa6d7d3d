import PlanningModel

extension PlanChecker {
    /// H6: therapists train on or after their municipality's `readyFrom` and only when free
    /// in both slots; psychologists and venues are free for every activity they have.
    ///
    /// A therapist who is away on a supervision date is not a violation here (that costs S10).
    func checkAvailability(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for cohort in facts.plan.cohorts {
            for participant in cohort.participants.uniqued {
                guard let entry = index.therapists[participant] else { continue }
                let ready = scenario.readyFrom(of: entry.municipality)
                for day in cohort.days.uniqued where facts.isJudged(day) {
                    if day < ready {
                        violations.append(
                            Violation(
                                rule: .h6,
                                message: words(
                                    "h6.beforeReady",
                                    [
                                        "cohort": cohort.id, "therapist": participant, "day": day.description,
                                        "municipality": entry.municipality.id, "ready": ready.description,
                                    ]),
                                entities: [cohort.id, participant, entry.municipality.id]))
                    }
                    let busy = busySlots(.therapist(participant), on: day, slots: [.am, .pm])
                    if !busy.isEmpty {
                        violations.append(
                            Violation(
                                rule: .h6,
                                message: words(
                                    "h6.therapistBusy",
                                    [
                                        "cohort": cohort.id, "therapist": participant, "day": day.description,
                                        "slots": words.slots(busy),
                                    ]),
                                entities: [cohort.id, participant]))
                    }
                }
            }
        }
        for activity in facts.activities where facts.isJudged(activity.date) {
            for psychologist in activity.psychologists {
                let busy = busySlots(.psychologist(psychologist), on: activity.date, slots: activity.slots)
                guard !busy.isEmpty else { continue }
                violations.append(
                    Violation(
                        rule: .h6,
                        message: words(
                            "h6.psychologistBusy",
                            ["psychologist": psychologist, "activity": activity.label, "slots": words.slots(busy)]),
                        entities: [activity.owner, psychologist]))
            }
            if let venue = activity.venue {
                let busy = busySlots(.venue(venue), on: activity.date, slots: activity.slots)
                if !busy.isEmpty {
                    violations.append(
                        Violation(
                            rule: .h6,
                            message: words(
                                "h6.venueBusy",
                                ["venue": venue, "activity": activity.label, "slots": words.slots(busy)]),
                            entities: [activity.owner, venue]))
                }
            }
        }
        return violations
    }

    private func busySlots(_ resource: Resource, on day: CalendarDay, slots: [Slot]) -> [Slot] {
        slots.filter { !calendar.isAvailable(resource, on: day, slot: $0) }
    }
}
