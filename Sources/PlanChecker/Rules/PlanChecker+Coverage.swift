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
                        message:
                            "cohort \(cohort.id): manual \(cohort.manual) is not a manual of the scenario, so none "
                            + "of its \(cohort.participants.count) participants needs it",
                        entities: [cohort.id] + cohort.participants.uniqued))
                continue
            }
            for participant in cohort.participants {
                let need = NeedKey(therapist: participant, manual: cohort.manual)
                if index.therapists[participant] == nil {
                    violations.append(
                        Violation(
                            rule: .h5,
                            message:
                                "cohort \(cohort.id): participant \(participant) is not a therapist of the scenario",
                            entities: [cohort.id, participant]))
                } else if !index.needSet.contains(need) {
                    violations.append(
                        Violation(
                            rule: .h5,
                            message: "cohort \(cohort.id): \(participant) does not need manual \(cohort.manual)",
                            entities: [cohort.id, participant]))
                } else {
                    places[need, default: []].append("cohort \(cohort.id)")
                }
            }
        }
        for entry in facts.plan.unassigned {
            let need = NeedKey(therapist: entry.therapist, manual: entry.manual)
            if index.therapists[entry.therapist] == nil {
                violations.append(
                    Violation(
                        rule: .h5, message: "unassigned: \(entry.therapist) is not a therapist of the scenario",
                        entities: [entry.therapist]))
            } else if !index.needSet.contains(need) {
                violations.append(
                    Violation(
                        rule: .h5, message: "unassigned: \(need) is not a need of the scenario",
                        entities: [entry.therapist, entry.manual]))
            } else {
                places[need, default: []].append("unassigned")
            }
        }
        for need in index.needs {
            let listed = places[need] ?? []
            if listed.isEmpty {
                violations.append(
                    Violation(
                        rule: .h5,
                        message: "need \(need) is neither in a cohort of \(need.manual) nor listed as unassigned",
                        entities: [need.therapist, need.manual]))
            } else if listed.count > 1 {
                violations.append(
                    Violation(
                        rule: .h5,
                        message: "need \(need) appears \(listed.count) times (\(listed.joined(separator: ", ")))",
                        entities: [need.therapist, need.manual]))
            }
        }
        return violations
    }
}
