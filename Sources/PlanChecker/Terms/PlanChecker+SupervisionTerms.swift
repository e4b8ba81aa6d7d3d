import PlanningModel

extension PlanChecker {
    /// S7: supervision groups whose supervisor is not one of their cohort's trainers.
    func continuity(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let contributions = facts.plan.supervisionGroups.compactMap { group -> Contribution? in
            guard let cohort = facts.cohorts[group.cohort], !cohort.trainers.contains(group.supervisor) else {
                return nil
            }
            return Contribution(
                label: words(
                    "s7.label",
                    [
                        "group": group.id, "supervisor": group.supervisor, "cohort": cohort.id,
                        "trainers": cohort.trainers.joined(separator: ", "),
                    ]),
                entities: [group.id, group.supervisor, cohort.id], amount: 1)
        }
        return summed(.s7, contributions)
    }

    /// S9: supervision gaps (between consecutive sessions in date order) that differ from
    /// the cadence `E = everyWeeks × 7`, per group.
    func irregularSupervision(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let contributions = facts.plan.supervisionGroups.compactMap { group -> Contribution? in
            guard let manual = index.manuals[facts.manualID(of: group)] else { return nil }
            let cadence = manual.supervision.cadenceDays
            let sessions = group.sessions.uniqued.sorted()
            let gaps = zip(sessions, sessions.dropFirst()).map { $0.days(to: $1) }
            let irregular = gaps.filter { $0 != cadence }
            guard !irregular.isEmpty else { return nil }
            return Contribution(
                label: words(
                    "s9.label",
                    [
                        "group": group.id, "gaps": gaps.map(String.init).joined(separator: ", "),
                        "cadence": String(cadence),
                    ]),
                entities: [group.id], amount: irregular.count)
        }
        return summed(.s9, contributions)
    }

    /// S10: (member, session) pairs where the member is unavailable on the session's date
    /// or in its slot.
    func missedSupervision(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        var contributions: [Contribution] = []
        for group in facts.plan.supervisionGroups {
            for member in group.members.uniqued where index.therapists[member] != nil {
                for day in group.sessions.uniqued
                where !calendar.isAvailable(.therapist(member), on: day, slot: group.slot) {
                    contributions.append(
                        Contribution(
                            label: words(
                                "s10.label",
                                [
                                    "member": member, "group": group.id, "day": day.description,
                                    "slot": words.slot(group.slot),
                                ]),
                            entities: [member, group.id], amount: 1))
                }
            }
        }
        return summed(.s10, contributions)
    }
}
