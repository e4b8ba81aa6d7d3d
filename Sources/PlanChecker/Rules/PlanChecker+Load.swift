import PlanningModel

extension PlanChecker {
    /// H8: per psychologist, distinct activity dates per ISO week ≤ `maxDaysPerWeek` and per
    /// calendar month ≤ `maxDaysPerMonth` (training, supervision and meetings attended). With
    /// a re-plan context, only weeks and months with a date from today on are judged (history
    /// still counts towards them).
    func checkLoad(_ facts: PlanFacts) -> [Violation] {
        let dates = facts.psychologistDates
        var violations: [Violation] = []
        for psychologist in scenario.psychologists {
            guard let days = dates[psychologist.id], !days.isEmpty else { continue }
            let weeks = Dictionary(grouping: days, by: \.isoWeek)
            for (week, inWeek) in weeks.sorted(by: { $0.key < $1.key })
            where inWeek.count > psychologist.maxDaysPerWeek && facts.isJudged(Array(inWeek)) {
                violations.append(
                    Violation(
                        rule: .h8,
                        message: words(
                            "h8.week",
                            [
                                "psychologist": psychologist.id, "name": psychologist.name,
                                "count": String(inWeek.count), "week": week.description,
                                "days": inWeek.sorted().map(\.description).joined(separator: ", "),
                                "max": String(psychologist.maxDaysPerWeek),
                            ]),
                        entities: [psychologist.id]))
            }
            let months = Dictionary(grouping: days, by: \.yearMonth)
            for (month, inMonth) in months.sorted(by: { $0.key < $1.key })
            where inMonth.count > psychologist.maxDaysPerMonth && facts.isJudged(Array(inMonth)) {
                violations.append(
                    Violation(
                        rule: .h8,
                        message: words(
                            "h8.month",
                            [
                                "psychologist": psychologist.id, "name": psychologist.name,
                                "count": String(inMonth.count), "month": month.description,
                                "max": String(psychologist.maxDaysPerMonth),
                            ]),
                        entities: [psychologist.id]))
            }
        }
        return violations
    }
}

extension PlanFacts {
    /// Each psychologist's distinct activity dates (training, supervision, meetings attended).
    var psychologistDates: [String: Set<CalendarDay>] {
        var dates: [String: Set<CalendarDay>] = [:]
        for activity in activities {
            for psychologist in activity.psychologists {
                dates[psychologist, default: []].insert(activity.date)
            }
        }
        return dates
    }
}
