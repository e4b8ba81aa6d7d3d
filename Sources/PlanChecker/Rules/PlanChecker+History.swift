import PlanningModel

extension PlanChecker {
    /// H13 history (REPLAN.md): every base entry dated before today is in the re-plan on the
    /// same date, slot and venue with the same trainers or supervisor; a base cohort that
    /// started before today keeps its training dates, venue, trainers and participants (people
    /// no longer in the scenario aside); no entry of the re-plan is dated before today unless
    /// the base has it there. Nothing without a re-plan context.
    func checkHistory(_ facts: PlanFacts) -> [Violation] {
        guard let replan else { return [] }
        let today = replan.today
        let before = PlanEntries(plan: replan.base, index: index)
        let after = PlanEntries(plan: facts.plan, index: index)
        var violations: [Violation] = []
        /// Notes the wording `key` about `entry` (filled with `values`) as a violation.
        func note(_ key: String, _ entry: PlanEntry, _ values: [String: String], _ entities: [String]) {
            let all = values.merging(["entry": entry.label(words), "today": today.description]) { own, _ in own }
            violations.append(Violation(rule: .h13, message: words(key, all), entities: entities))
        }
        for key in before.entries.keys.sorted() {
            guard let old = before[key], old.date < today else { continue }
            guard let new = after[key] else {
                note("h13.missing", old, [:], [key.activityID])
                continue
            }
            if !new.isAtSamePlace(as: old) {
                let at = new.venue.map { words("entry.at", ["venue": $0]) } ?? ""
                note(
                    "h13.moved", old, ["day": new.date.description, "slot": words.slot(new.slot), "at": at],
                    [key.activityID])
            }
            let oldLeaders = before.staying(old.leaders)
            let newLeaders = before.staying(new.leaders)
            if oldLeaders != newLeaders {
                note(
                    "h13.leaders", old, ["base": Self.list(oldLeaders), "replan": Self.list(newLeaders)],
                    [key.activityID] + oldLeaders.union(newLeaders).sorted())
            }
        }
        for key in after.entries.keys.sorted() {
            guard let new = after[key], new.date < today else { continue }
            if let old = before[key] {
                if old.date >= today {
                    note("h13.earlier", new, ["day": old.date.description], [key.activityID])
                }
            } else {
                note("h13.new", new, [:], [key.activityID])
            }
        }
        for cohort in replan.base.cohorts {
            guard let first = cohort.days.min(), first < today else { continue }
            violations += startedCohort(cohort, in: facts.plan, people: before)
        }
        return violations
    }

    /// H13 for a base cohort whose first training day is before today.
    private func startedCohort(_ old: Cohort, in plan: Plan, people: PlanEntries) -> [Violation] {
        guard let new = plan.cohorts.first(where: { $0.id == old.id }) else {
            return [Violation(rule: .h13, message: words("h13.startedMissing", ["cohort": old.id]), entities: [old.id])]
        }
        return differences(
            [
                ("trainingDates", Self.list(Set(old.days).sorted()), Self.list(Set(new.days).sorted())),
                ("venue", old.venue, new.venue),
                ("trainers", Self.list(people.staying(old.trainers)), Self.list(people.staying(new.trainers))),
                (
                    "participants", Self.list(people.staying(old.participants)),
                    Self.list(people.staying(new.participants))
                ),
            ]
        ).map {
            Violation(
                rule: .h13, message: words("h13.started", ["cohort": old.id, "difference": $0]), entities: [old.id])
        }
    }

    /// One sentence per field whose base and re-plan values differ (`venue a in the base, b in
    /// the re-plan`); `name` is the field's key in the wording (`field.<name>`).
    func differences(_ fields: [(name: String, base: String, replan: String)]) -> [String] {
        fields.filter { $0.base != $0.replan }.map { words.difference($0.name, base: $0.base, replan: $0.replan) }
    }

    /// `[a, b]`, sorted.
    static func list(_ items: some Sequence<String>) -> String {
        "[" + items.sorted().joined(separator: ", ") + "]"
    }

    /// `[2026-09-08, 2026-09-15]`.
    static func list(_ days: [CalendarDay]) -> String {
        "[" + days.map(\.description).joined(separator: ", ") + "]"
    }
}
