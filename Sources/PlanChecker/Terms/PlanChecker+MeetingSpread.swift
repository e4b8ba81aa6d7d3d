import PlanningModel

extension PlanChecker {
    /// S8: for every series with `count ≥ 2`, Σ over consecutive meetings (in date order) of
    /// `|gap − G|` days, where `G = ⌊(window.to − window.from) / count⌋`.
    func meetingSpread(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let contributions = scenario.meetings.compactMap { series -> Contribution? in
            guard series.count >= 2 else { return nil }
            let even = floorDivide(series.window.from.days(to: series.window.to), series.count)
            let dates = facts.plan.meetings.filter { $0.series == series.id }.map(\.date).sorted()
            let gaps = zip(dates, dates.dropFirst()).map { $0.days(to: $1) }
            let deviation = gaps.reduce(0) { $0 + abs($1 - even) }
            guard deviation > 0 else { return nil }
            return Contribution(
                label: words(
                    "s8.label",
                    ["series": series.id, "gaps": gaps.map(String.init).joined(separator: ", "), "even": String(even)]),
                entities: [series.id], amount: deviation)
        }
        return summed(.s8, contributions)
    }
}
