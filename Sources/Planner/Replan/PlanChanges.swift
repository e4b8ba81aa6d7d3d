import PlanningModel

/// The `changes` of a re-plan (REPLAN.md, "Output"): every calendar entry whose date, slot,
/// venue or people differ from the base, on or after today, in key order, with the people
/// whose calendars change.
///
/// Computed from the two plan documents alone, so it is also a from-scratch count of S11:
/// the people of all changes together are its (person, key) pairs.
public struct PlanChanges: Sendable {
    public let scenario: Scenario
    /// Entries that ended before this day are not changes any more.
    public let today: CalendarDay

    /// Compares plans of `scenario` from `today` on.
    public init(scenario: Scenario, today: CalendarDay) {
        self.scenario = scenario
        self.today = today
    }

    /// The entries of `base` and `plan` compared key by key.
    public func changes(from base: Plan, to plan: Plan) -> [PlanChange] {
        let before = base.entries(in: scenario)
        let after = plan.entries(in: scenario)
        let people = peopleInScenario()
        var list: [PlanChange] = []
        for key in Set(before.keys).union(after.keys).sorted() {
            let old = before[key]
            let new = after[key]
            guard (old.map { $0.date >= today } ?? false) || (new.map { $0.date >= today } ?? false) else { continue }
            let oldPeople = Set(old?.people ?? []).intersection(people)
            let newPeople = Set(new?.people ?? []).intersection(people)
            let kind: PlanChange.Kind
            var affected: Set<String>
            switch (old, new) {
            case (nil, _):
                kind = .added
                affected = newPeople
            case (_, nil):
                kind = .removed
                affected = oldPeople
            case (let old?, let new?) where !old.isAtSamePlace(as: new):
                kind = .moved
                affected = oldPeople.union(newPeople)
            default:
                kind = .people
                affected = oldPeople.symmetricDifference(newPeople)
            }
            guard !affected.isEmpty else { continue }
            list.append(PlanChange(key: key, kind: kind, before: old, after: new, people: affected.sorted()))
        }
        return list
    }

    /// Ids of everyone the scenario knows: therapists, psychologists and meeting attendees.
    private func peopleInScenario() -> Set<String> {
        var ids = Set(scenario.municipalities.flatMap { $0.therapists.map(\.id) })
        ids.formUnion(scenario.psychologists.map(\.id))
        for series in scenario.meetings { ids.formUnion(series.attendees.map(\.identity)) }
        return ids
    }
}
