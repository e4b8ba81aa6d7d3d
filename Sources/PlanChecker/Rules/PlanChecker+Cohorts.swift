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
            let repeats = distinct == cohort.days.count ? "" : words("h2.distinct", ["count": String(distinct)])
            violations.append(
                Violation(
                    rule: .h2,
                    message: words(
                        "h2.dayCount",
                        [
                            "cohort": cohort.id, "count": String(cohort.days.count), "repeats": repeats,
                            "manual": manual.id, "days": String(rules.days),
                        ]),
                    entities: entities))
        }
        let pairs = Array(zip(cohort.days, cohort.days.dropFirst()))
        if pairs.contains(where: { $0 >= $1 }) {
            violations.append(
                Violation(
                    rule: .h2,
                    message: words(
                        "h2.notIncreasing",
                        ["cohort": cohort.id, "days": cohort.days.map(\.description).joined(separator: ", ")]),
                    entities: entities))
            return violations
        }
        for (previous, next) in pairs {
            let gap = previous.days(to: next)
            if gap < rules.minGapDays || gap > rules.maxGapDays {
                violations.append(
                    Violation(
                        rule: .h2,
                        message: words(
                            "h2.gap",
                            [
                                "cohort": cohort.id, "gap": String(gap), "previous": previous.description,
                                "next": next.description, "manual": manual.id, "min": String(rules.minGapDays),
                                "max": String(rules.maxGapDays),
                            ]),
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
                    message: words(
                        "h3.size",
                        [
                            "cohort": cohort.id, "count": String(participants), "manual": manual.id,
                            "min": String(rules.cohortMin), "max": String(rules.cohortMax),
                        ]),
                    entities: [cohort.id, manual.id]))
        }
        if let venue = index.venues[cohort.venue], participants + cohort.trainers.count > venue.capacity {
            violations.append(
                Violation(
                    rule: .h3,
                    message: words(
                        "h3.capacity",
                        [
                            "cohort": cohort.id, "participants": String(participants),
                            "trainers": String(cohort.trainers.count), "capacity": String(venue.capacity),
                            "venue": venue.id,
                        ]),
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
                    message: words(
                        "h4.count",
                        [
                            "cohort": cohort.id, "trainers": cohort.trainers.joined(separator: ", "),
                            "manual": manual.id, "count": String(needed),
                        ]),
                    entities: [cohort.id] + distinct))
        }
        for trainer in distinct {
            if let psychologist = index.psychologists[trainer] {
                if !psychologist.manuals.contains(manual.id) {
                    violations.append(
                        Violation(
                            rule: .h4,
                            message: words(
                                "h4.notCertified",
                                [
                                    "cohort": cohort.id, "trainer": trainer, "name": psychologist.name,
                                    "manual": manual.id,
                                ]),
                            entities: [cohort.id, trainer]))
                }
            } else {
                violations.append(
                    Violation(
                        rule: .h4,
                        message: words("h4.unknown", ["cohort": cohort.id, "trainer": trainer]),
                        entities: [cohort.id, trainer]))
            }
        }
        return violations
    }
}
