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
        func note(_ message: String, _ entities: [String]) {
            violations.append(Violation(rule: .h13, message: message, entities: entities))
        }
        for key in before.entries.keys.sorted() {
            guard let old = before[key], old.date < today else { continue }
            guard let new = after[key] else {
                note("\(old.label) is history but the re-plan does not have it", [key.activityID])
                continue
            }
            if !new.isAtSamePlace(as: old) {
                note(
                    "\(old.label) is history but the re-plan has it on \(new.date) \(new.slot.rawValue)"
                        + (new.venue.map { " at \($0)" } ?? ""), [key.activityID])
            }
            let oldLeaders = before.staying(old.leaders)
            let newLeaders = before.staying(new.leaders)
            if oldLeaders != newLeaders {
                note(
                    "\(old.label) is history: led by \(Self.list(oldLeaders)) in the base, by "
                        + "\(Self.list(newLeaders)) in the re-plan",
                    [key.activityID] + oldLeaders.union(newLeaders).sorted())
            }
        }
        for key in after.entries.keys.sorted() {
            guard let new = after[key], new.date < today else { continue }
            if let old = before[key] {
                if old.date >= today {
                    note(
                        "\(new.label) is dated before today \(today); the base has it on \(old.date)", [key.activityID])
                }
            } else {
                note("\(new.label) is new and dated before today \(today)", [key.activityID])
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
        let prefix = "cohort \(old.id) started before today"
        guard let new = plan.cohorts.first(where: { $0.id == old.id }) else {
            return [Violation(rule: .h13, message: "\(prefix) but the re-plan does not have it", entities: [old.id])]
        }
        return Self.differences(
            [
                ("training dates", Self.list(Set(old.days).sorted()), Self.list(Set(new.days).sorted())),
                ("venue", old.venue, new.venue),
                ("trainers", Self.list(people.staying(old.trainers)), Self.list(people.staying(new.trainers))),
                (
                    "participants", Self.list(people.staying(old.participants)),
                    Self.list(people.staying(new.participants))
                ),
            ]
        ).map { Violation(rule: .h13, message: "\(prefix): \($0)", entities: [old.id]) }
    }

    /// One sentence per field whose base and re-plan values differ: `venue: a in the base, b in the re-plan`.
    static func differences(_ fields: [(name: String, base: String, replan: String)]) -> [String] {
        fields.filter { $0.base != $0.replan }.map { "\($0.name) \($0.base) in the base, \($0.replan) in the re-plan" }
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
