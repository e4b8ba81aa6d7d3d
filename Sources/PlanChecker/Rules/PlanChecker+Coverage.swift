import PlanningModel

extension PlanChecker {
    /// H5: every need is in exactly one cohort of its manual or listed once as unassigned,
    /// and nobody attends a cohort for a manual they do not need.
    func checkCoverage(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        var places: [NeedKey: [String]] = [:]
        for cohort in facts.plan.cohorts {
            guard index.manuals[cohort.manual] != nil else {
                violations.append(
                    Violation(
                        rule: .h5,
                        message: words(
                            "h5.unknownManual",
                            [
                                "cohort": cohort.id, "manual": cohort.manual,
                                "count": String(cohort.participants.count),
                            ]),
                        entities: [cohort.id] + cohort.participants.uniqued))
                continue
            }
            for participant in cohort.participants {
                let need = NeedKey(therapist: participant, manual: cohort.manual)
                if index.therapists[participant] == nil {
                    violations.append(
                        Violation(
                            rule: .h5,
                            message: words("h5.unknownParticipant", ["cohort": cohort.id, "therapist": participant]),
                            entities: [cohort.id, participant]))
                } else if !index.needSet.contains(need) {
                    violations.append(
                        Violation(
                            rule: .h5,
                            message: words(
                                "h5.notNeeded",
                                ["cohort": cohort.id, "therapist": participant, "manual": cohort.manual]),
                            entities: [cohort.id, participant]))
                } else {
                    places[need, default: []].append(words("h5.inCohort", ["cohort": cohort.id]))
                }
            }
        }
        for entry in facts.plan.unassigned {
            let need = NeedKey(therapist: entry.therapist, manual: entry.manual)
            if index.therapists[entry.therapist] == nil {
                violations.append(
                    Violation(
                        rule: .h5, message: words("h5.unassignedUnknown", ["therapist": entry.therapist]),
                        entities: [entry.therapist]))
            } else if !index.needSet.contains(need) {
                violations.append(
                    Violation(
                        rule: .h5, message: words("h5.unassignedNotNeed", ["need": need.description]),
                        entities: [entry.therapist, entry.manual]))
            } else {
                places[need, default: []].append(words("h5.inUnassigned"))
            }
        }
        for need in index.needs {
            let listed = places[need] ?? []
            if listed.isEmpty {
                violations.append(
                    Violation(
                        rule: .h5,
                        message: words("h5.missing", ["need": need.description, "manual": need.manual]),
                        entities: [need.therapist, need.manual]))
            } else if listed.count > 1 {
                violations.append(
                    Violation(
                        rule: .h5,
                        message: words(
                            "h5.repeated",
                            [
                                "need": need.description, "count": String(listed.count),
                                "places": listed.joined(separator: ", "),
                            ]),
                        entities: [need.therapist, need.manual]))
            }
        }
        return violations
    }
}
