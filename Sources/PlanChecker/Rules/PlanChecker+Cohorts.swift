import PlanningModel

extension PlanChecker {
    /// H2 (training shape), H3 (cohort size) and H4 (trainers) for every cohort whose manual
    /// is known; a cohort of an unknown manual is reported under H5.
    func checkCohorts(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for cohort in facts.plan.cohorts where facts.isJudged(cohort.days) {
            guard let manual = index.manuals[cohort.manual] else { continue }
            violations += trainingShape(of: cohort, manual: manual)
            violations += size(of: cohort, manual: manual)
            violations += trainers(of: cohort, manual: manual)
        }
        return violations
    }

    private func trainingShape(of cohort: Cohort, manual: Manual) -> [Violation] {
        let rules = manual.training
        let entities = [cohort.id, manual.id]
        var violations: [Violation] = []
        let distinct = Set(cohort.days).count
        if cohort.days.count != rules.days || distinct != rules.days {
            let repeats = distinct == cohort.days.count ? "" : " (\(distinct) distinct)"
            violations.append(
                Violation(
                    rule: .h2,
                    message: "cohort \(cohort.id): has \(cohort.days.count) training dates\(repeats); "
                        + "manual \(manual.id) needs \(rules.days)",
                    entities: entities))
        }
        let pairs = Array(zip(cohort.days, cohort.days.dropFirst()))
        if pairs.contains(where: { $0 >= $1 }) {
            violations.append(
                Violation(
                    rule: .h2,
                    message: "cohort \(cohort.id): training dates are not strictly increasing "
                        + "(\(cohort.days.map(\.description).joined(separator: ", ")))",
                    entities: entities))
            return violations
        }
        for (previous, next) in pairs {
            let gap = previous.days(to: next)
            if gap < rules.minGapDays || gap > rules.maxGapDays {
                violations.append(
                    Violation(
                        rule: .h2,
                        message: "cohort \(cohort.id): \(gap) days between training days \(previous) and \(next); "
                            + "manual \(manual.id) allows \(rules.minGapDays)…\(rules.maxGapDays)",
                        entities: entities))
            }
        }
        return violations
    }

    private func size(of cohort: Cohort, manual: Manual) -> [Violation] {
        let rules = manual.training
        var violations: [Violation] = []
        let participants = cohort.participants.count
        if participants < rules.cohortMin || participants > rules.cohortMax {
            violations.append(
                Violation(
                    rule: .h3,
                    message: "cohort \(cohort.id): \(participants) participants; manual \(manual.id) allows "
                        + "\(rules.cohortMin)…\(rules.cohortMax)",
                    entities: [cohort.id, manual.id]))
        }
        if let venue = index.venues[cohort.venue], participants + cohort.trainers.count > venue.capacity {
            violations.append(
                Violation(
                    rule: .h3,
                    message: "cohort \(cohort.id): \(participants) participants + \(cohort.trainers.count) trainers "
                        + "exceed the capacity \(venue.capacity) of venue \(venue.id)",
                    entities: [cohort.id, venue.id]))
        }
        return violations
    }

    private func trainers(of cohort: Cohort, manual: Manual) -> [Violation] {
        var violations: [Violation] = []
        let needed = manual.training.trainers
        let distinct = cohort.trainers.uniqued
        if cohort.trainers.count != needed || distinct.count != needed {
            violations.append(
                Violation(
                    rule: .h4,
                    message: "cohort \(cohort.id): trainers [\(cohort.trainers.joined(separator: ", "))]; "
                        + "manual \(manual.id) needs \(needed) distinct psychologists",
                    entities: [cohort.id] + distinct))
        }
        for trainer in distinct {
            if let psychologist = index.psychologists[trainer] {
                if !psychologist.manuals.contains(manual.id) {
                    violations.append(
                        Violation(
                            rule: .h4,
                            message: "cohort \(cohort.id): trainer \(trainer) (\(psychologist.name)) is not certified "
                                + "for \(manual.id)",
                            entities: [cohort.id, trainer]))
                }
            } else {
                violations.append(
                    Violation(
                        rule: .h4,
                        message: "cohort \(cohort.id): trainer \(trainer) is not a psychologist of the scenario",
                        entities: [cohort.id, trainer]))
            }
        }
        return violations
    }
}
