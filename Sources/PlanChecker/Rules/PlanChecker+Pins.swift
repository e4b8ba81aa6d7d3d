import PlanningModel

extension PlanChecker {
    /// H14 pins (REPLAN.md): a pinned cohort or group is as in the base (dates, slot, venue,
    /// trainers or supervisor, participants or members; people no longer in the scenario
    /// aside), a pinned meeting keeps its date, slot and venue, and a pinned membership keeps
    /// the therapist in the group (void when the therapist left). Nothing without a context.
    func checkPins(_ facts: PlanFacts) -> [Violation] {
        guard let replan else { return [] }
        let people = PlanEntries(plan: replan.base, index: index)
        var violations: [Violation] = []
        for pin in replan.pins.items {
            let (name, id, found) = describe(pin, base: replan.base, plan: facts.plan)
            if case .membership(let therapist, let group) = pin {
                guard people.present.contains(therapist) else { continue }
                if case .group(let new)? = found?.1, new.members.contains(therapist) { continue }
                violations.append(
                    Violation(
                        rule: .h14,
                        message: words("h14.notMember", ["pin": name, "therapist": therapist, "group": group]),
                        entities: [group, therapist]))
                continue
            }
            guard let (old, new) = found else {
                let missing = Self.find(pin, in: replan.base) ? "h14.notInReplan" : "h14.notInBase"
                violations.append(Violation(rule: .h14, message: words(missing, ["pin": name]), entities: [id]))
                continue
            }
            violations += differences(fields(of: old, new: new, people: people)).map {
                Violation(rule: .h14, message: words("h14.differs", ["pin": name, "difference": $0]), entities: [id])
            }
        }
        return violations
    }

    /// The pinned thing's name (in the wording's language) and id, and its base and re-plan
    /// versions when both exist.
    private func describe(_ pin: Pin, base: Plan, plan: Plan) -> (String, String, (Pinned, Pinned)?) {
        func both<T>(_ old: T?, _ new: T?, _ wrap: (T) -> Pinned) -> (Pinned, Pinned)? {
            guard let old, let new else { return nil }
            return (wrap(old), wrap(new))
        }
        switch pin {
        case .cohort(let id):
            let find = { (plan: Plan) in plan.cohorts.first { $0.id == id } }
            return (words("h14.cohort", ["cohort": id]), id, both(find(base), find(plan), Pinned.cohort))
        case .group(let id):
            let find = { (plan: Plan) in plan.supervisionGroups.first { $0.id == id } }
            return (words("h14.group", ["group": id]), id, both(find(base), find(plan), Pinned.group))
        case .meeting(let series, let index):
            let find = { (plan: Plan) in plan.meetings.first { $0.series == series && $0.index == index } }
            let name = words("h14.meeting", ["series": series, "index": String(index)])
            return (name, series, both(find(base), find(plan), Pinned.meeting))
        case .membership(let therapist, let group):
            let find = { (plan: Plan) in plan.supervisionGroups.first { $0.id == group } }
            let name = words("h14.membership", ["therapist": therapist, "group": group])
            return (name, group, both(find(base), find(plan), Pinned.group))
        }
    }

    /// Whether `plan` has what `pin` names.
    private static func find(_ pin: Pin, in plan: Plan) -> Bool {
        switch pin {
        case .cohort(let id): plan.cohorts.contains { $0.id == id }
        case .group(let id), .membership(_, let id): plan.supervisionGroups.contains { $0.id == id }
        case .meeting(let series, let index): plan.meetings.contains { $0.series == series && $0.index == index }
        }
    }

    /// The fields that must agree for `pin` (by their key in the wording), base value first.
    private func fields(of old: Pinned, new: Pinned, people: PlanEntries)
        -> [(name: String, base: String, replan: String)]
    {
        func staying(_ ids: [String]) -> String { Self.list(people.staying(ids)) }
        switch (old, new) {
        case (.cohort(let old), .cohort(let new)):
            return [
                ("manual", old.manual, new.manual),
                ("trainingDates", Self.list(Set(old.days).sorted()), Self.list(Set(new.days).sorted())),
                ("venue", old.venue, new.venue),
                ("trainers", staying(old.trainers), staying(new.trainers)),
                ("participants", staying(old.participants), staying(new.participants)),
            ]
        case (.group(let old), .group(let new)):
            // A supervisor no longer in the scenario may be replaced.
            let supervisor =
                people.present.contains(old.supervisor) ? [("supervisor", old.supervisor, new.supervisor)] : []
            return supervisor + [
                ("cohort", old.cohort, new.cohort),
                ("manual", old.manual, new.manual),
                ("sessionDates", Self.list(Set(old.sessions).sorted()), Self.list(Set(new.sessions).sorted())),
                ("slot", words.slot(old.slot), words.slot(new.slot)),
                ("mode", words.mode(old.mode), words.mode(new.mode)),
                ("venue", old.venue ?? words("none"), new.venue ?? words("none")),
                ("members", staying(old.members), staying(new.members)),
            ]
        case (.meeting(let old), .meeting(let new)):
            return [
                ("date", old.date.description, new.date.description),
                ("slot", words.slot(old.slot), words.slot(new.slot)),
                ("venue", old.venue, new.venue),
            ]
        default:
            return []
        }
    }
}

/// A pinned cohort, group or meeting as one plan has it.
private enum Pinned {
    case cohort(Cohort)
    case group(SupervisionGroup)
    case meeting(Meeting)
}
