import PlanningModel

extension PlanChecker {
    /// S5: every activity date (training day of a cohort, supervision session of a group,
    /// meeting) inside a school holiday, once per activity.
    func schoolHolidays(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let contributions = facts.activities.filter { calendar.isSchoolHoliday($0.date) }.map {
            Contribution(label: $0.label, entities: [$0.owner], amount: 1)
        }
        return summed(.s5, contributions)
    }

    /// S6: the largest number of distinct activity dates of any one psychologist.
    ///
    /// Contributions are every psychologist's day count, so a report can show the peak and
    /// the runners-up; the raw amount is the largest, not their sum.
    func peakLoad(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let dates = facts.psychologistDates
        let contributions = scenario.psychologists.uniquedByID.compactMap { psychologist -> Contribution? in
            guard let days = dates[psychologist.id], !days.isEmpty else { return nil }
            return Contribution(
                label: "\(psychologist.id) (\(psychologist.name))", entities: [psychologist.id],
                amount: days.count)
        }
        return (.s6, contributions.map(\.amount).max() ?? 0, contributions)
    }
}

extension Array where Element == Psychologist {
    /// The psychologists without repeated ids, first one kept.
    var uniquedByID: [Psychologist] {
        var seen = Set<String>()
        return filter { seen.insert($0.id).inserted }
    }
}
