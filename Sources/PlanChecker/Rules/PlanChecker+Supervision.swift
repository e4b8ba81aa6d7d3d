import PlanningModel

extension PlanChecker {
    /// H10 (supervision coverage) and H11 (supervision timing).
    func checkSupervision(_ facts: PlanFacts) -> [Violation] {
        var violations = duplicateIDs(facts)
        for group in facts.plan.supervisionGroups {
            violations += coverage(of: group, facts: facts)
            if facts.isJudged(group.sessions) {
                violations += timing(of: group, facts: facts)
            }
        }
        for cohort in facts.plan.cohorts {
            let groups = facts.plan.supervisionGroups.filter { $0.cohort == cohort.id }
            for participant in cohort.participants.uniqued {
                let memberOf = groups.filter { $0.members.contains(participant) }.map(\.id)
                guard memberOf.count != 1 else { continue }
                let message =
                    memberOf.isEmpty
                    ? "cohort \(cohort.id): participant \(participant) is in no supervision group of the cohort"
                    : "cohort \(cohort.id): participant \(participant) is in \(memberOf.count) supervision groups "
                        + "(\(memberOf.joined(separator: ", ")))"
                violations.append(
                    Violation(rule: .h10, message: message, entities: [cohort.id, participant] + memberOf))
            }
        }
        return violations
    }

    private func duplicateIDs(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for (kind, ids) in [
            ("cohort", facts.plan.cohorts.map(\.id)),
            ("supervision group", facts.plan.supervisionGroups.map(\.id)),
        ] {
            let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
            for id in ids.uniqued where counts[id, default: 0] > 1 {
                violations.append(
                    Violation(
                        rule: .h10,
                        message: "\(kind) id \(id) is used \(counts[id, default: 0]) times; groups cannot name their "
                            + "cohort unambiguously",
                        entities: [id]))
            }
        }
        return violations
    }

    private func coverage(of group: SupervisionGroup, facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        let cohort = facts.cohorts[group.cohort]
        func note(_ message: String, _ extra: [String] = []) {
            violations.append(
                Violation(
                    rule: .h10, message: "supervision group \(group.id): \(message)",
                    entities: [group.id] + extra))
        }
        if let cohort {
            if cohort.manual != group.manual {
                note(
                    "manual \(group.manual) differs from its cohort \(cohort.id)'s manual \(cohort.manual)", [cohort.id]
                )
            }
            for member in group.members.uniqued where !cohort.participants.contains(member) {
                note("member \(member) is not a participant of cohort \(cohort.id)", [member, cohort.id])
            }
        } else {
            note("cohort \(group.cohort) is not a cohort of the plan", [group.cohort])
        }
        if group.members.uniqued.count != group.members.count {
            note("a member is listed more than once")
        }
        let manualID = facts.manualID(of: group)
        guard let manual = index.manuals[manualID] else {
            note("manual \(manualID) is not a manual of the scenario", [manualID])
            return violations
        }
        let rules = manual.supervision
        if group.members.isEmpty || group.members.count > rules.groupMax {
            note("\(group.members.count) members; manual \(manual.id) allows 1…\(rules.groupMax)")
        }
        if let supervisor = index.psychologists[group.supervisor] {
            if !supervisor.manuals.contains(manual.id) {
                note(
                    "supervisor \(supervisor.id) (\(supervisor.name)) is not certified for \(manual.id)",
                    [supervisor.id])
            }
        } else {
            note("supervisor \(group.supervisor) is not a psychologist of the scenario", [group.supervisor])
        }
        if group.mode != rules.mode {
            note("mode \(group.mode.rawValue); manual \(manual.id) is \(rules.mode.rawValue)")
        }
        switch (group.mode, group.venue) {
        case (.physical, nil): note("physical but has no venue")
        case (.virtual, let venue?): note("virtual but has venue \(venue)", [venue])
        default: break
        }
        return violations
    }

    private func timing(of group: SupervisionGroup, facts: PlanFacts) -> [Violation] {
        guard let manual = index.manuals[facts.manualID(of: group)] else { return [] }
        let rules = manual.supervision
        var violations: [Violation] = []
        func note(_ message: String) {
            violations.append(
                Violation(
                    rule: .h11, message: "supervision group \(group.id): \(message)",
                    entities: [group.id, group.cohort]))
        }
        let sessions = group.sessions
        if sessions.count != rules.sessions || Set(sessions).count != rules.sessions {
            note("has \(sessions.count) sessions; manual \(manual.id) needs \(rules.sessions)")
        }
        if !rules.allowedSlots.contains(group.slot) {
            note("meets in the \(group.slot.rawValue) slot; manual \(manual.id) uses \(rules.slot.rawValue)")
        }
        let pairs = Array(zip(sessions, sessions.dropFirst()))
        if pairs.contains(where: { $0 >= $1 }) {
            note("session dates are not strictly increasing (\(sessions.map(\.description).joined(separator: ", ")))")
            return violations
        }
        if let first = sessions.first, let lastTraining = facts.cohorts[group.cohort]?.days.max() {
            let offset = lastTraining.days(to: first)
            let latest = rules.startWithinWeeks * 7
            if offset < 7 || offset > latest {
                note(
                    "first session \(first) is \(offset) days after the last training day \(lastTraining); "
                        + "allowed 7…\(latest)")
            }
        }
        let cadence = rules.cadenceDays
        for (previous, next) in pairs {
            let gap = previous.days(to: next)
            if ![cadence - 7, cadence, cadence + 7].contains(gap) {
                note(
                    "\(gap) days between sessions \(previous) and \(next); allowed \(cadence - 7), \(cadence) "
                        + "or \(cadence + 7)")
            }
        }
        return violations
    }
}
