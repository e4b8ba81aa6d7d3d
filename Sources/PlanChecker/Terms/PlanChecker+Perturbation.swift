import PlanningModel

extension PlanChecker {
    /// S11 perturbation (REPLAN.md): per (person, key) with an entry on or after today in the
    /// base or the re-plan, 1 when the person had the key in the base and the re-plan gives it
    /// at another date, slot or venue or not at all, and 1 when the person gets a key they did
    /// not have. People no longer in the scenario are not counted; 0 without a base.
    ///
    /// One contribution per person: the keys whose entry changed for them.
    func perturbation(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        guard let replan else { return (.s11, 0, []) }
        let before = PlanEntries(plan: replan.base, index: index)
        let after = PlanEntries(plan: facts.plan, index: index)
        var changed: [String: [ActivityKey]] = [:]
        for key in Set(before.entries.keys).union(after.entries.keys).sorted() {
            let old = before[key]
            let new = after[key]
            guard (old.map { $0.date >= replan.today } ?? false) || (new.map { $0.date >= replan.today } ?? false)
            else { continue }
            let people = before.staying((old?.people ?? []).union(new?.people ?? []))
            for person in people {
                let had = old?.people.contains(person) ?? false
                let has = new?.people.contains(person) ?? false
                let same = had && has && old.map { new?.isAtSamePlace(as: $0) ?? false } == true
                if !same { changed[person, default: []].append(key) }
            }
        }
        let contributions = changed.map { person, keys in
            let shown = keys.prefix(3).map(\.description).joined(separator: ", ")
            let more = keys.count > 3 ? words("s11.more", ["count": String(keys.count)]) : ""
            return Contribution(
                label: words("s11.label", ["person": person, "entries": shown, "more": more]),
                entities: [person] + keys.map(\.activityID).uniqued,
                amount: keys.count)
        }
        return summed(.s11, contributions)
    }
}
