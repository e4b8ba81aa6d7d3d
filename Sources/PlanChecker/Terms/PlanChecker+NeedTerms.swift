import PlanningModel

extension PlanChecker {
    /// S1: the scenario's needs that no cohort of their manual assigns (listed as
    /// unassigned or, against H5, missing from the plan).
    func unassignedNeeds(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let assigned = Set(facts.assignments.map(\.need))
        let contributions = index.needs.filter { !assigned.contains($0) }.map { need in
            let listed = facts.plan.unassigned.first { $0.therapist == need.therapist && $0.manual == need.manual }
            let municipality = index.therapists[need.therapist]?.municipality.name ?? "?"
            let why = listed.map { $0.reason.rawValue } ?? words("s1.notListed")
            return Contribution(
                label: words("s1.label", ["need": need.description, "municipality": municipality, "why": why]),
                entities: [need.therapist, need.manual], amount: 1)
        }
        return summed(.s1, contributions)
    }

    /// S3: for every assigned need, the days from its municipality's `readyFrom` to the
    /// cohort's last training day.
    func waiting(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        let contributions = facts.assignments.compactMap { assignment -> Contribution? in
            guard let last = assignment.cohort.days.max() else { return nil }
            let ready = scenario.readyFrom(of: assignment.municipality)
            return Contribution(
                label: words(
                    "s3.label",
                    [
                        "need": assignment.need.description, "municipality": assignment.municipality.name,
                        "ready": ready.description, "cohort": assignment.cohort.id, "last": last.description,
                    ]),
                entities: [assignment.need.therapist, assignment.cohort.id], amount: ready.days(to: last))
        }
        return summed(.s3, contributions)
    }

    /// S4: for every municipality and manual with assigned needs, the distinct cohorts its
    /// therapists attend for that manual, minus one.
    func split(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        struct Key: Hashable {
            let municipality: String
            let manual: String
        }
        var order: [Key] = []
        var cohorts: [Key: [String]] = [:]
        var names: [String: String] = [:]
        for assignment in facts.assignments {
            let key = Key(municipality: assignment.municipality.id, manual: assignment.need.manual)
            if cohorts[key] == nil { order.append(key) }
            names[key.municipality] = assignment.municipality.name
            cohorts[key, default: []].append(assignment.cohort.id)
        }
        let contributions = order.compactMap { key -> Contribution? in
            let distinct = (cohorts[key] ?? []).uniqued
            guard distinct.count > 1 else { return nil }
            return Contribution(
                label: words(
                    "s4.label",
                    [
                        "municipality": names[key.municipality] ?? key.municipality, "manual": key.manual,
                        "count": String(distinct.count), "cohorts": distinct.joined(separator: ", "),
                    ]),
                entities: [key.municipality, key.manual] + distinct, amount: distinct.count - 1)
        }
        return summed(.s4, contributions)
    }
}
