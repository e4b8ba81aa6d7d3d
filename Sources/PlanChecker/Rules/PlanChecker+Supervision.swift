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
                    ? words("h10.noGroup", ["cohort": cohort.id, "therapist": participant])
                    : words(
                        "h10.manyGroups",
                        [
                            "cohort": cohort.id, "therapist": participant, "count": String(memberOf.count),
                            "groups": memberOf.joined(separator: ", "),
                        ])
                violations.append(
                    Violation(rule: .h10, message: message, entities: [cohort.id, participant] + memberOf))
            }
        }
        return violations
    }

    private func duplicateIDs(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for (message, ids) in [
            ("h10.duplicateCohort", facts.plan.cohorts.map(\.id)),
            ("h10.duplicateGroup", facts.plan.supervisionGroups.map(\.id)),
        ] {
            let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
            for id in ids.uniqued where counts[id, default: 0] > 1 {
                violations.append(
                    Violation(
                        rule: .h10,
                        message: words(message, ["id": id, "count": String(counts[id, default: 0])]),
                        entities: [id]))
            }
        }
        return violations
    }

    private func coverage(of group: SupervisionGroup, facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        let cohort = facts.cohorts[group.cohort]
        /// Notes the wording `key` (filled with `values`) as a violation of the group.
        func note(_ key: String, _ values: [String: String] = [:], _ extra: [String] = []) {
            violations.append(
                Violation(
                    rule: .h10, message: words("h10.group", ["group": group.id, "text": words(key, values)]),
                    entities: [group.id] + extra))
        }
        if let cohort {
            if cohort.manual != group.manual {
                note(
                    "h10.manualDiffers",
                    ["manual": group.manual, "cohort": cohort.id, "cohortManual": cohort.manual], [cohort.id])
            }
            for member in group.members.uniqued where !cohort.participants.contains(member) {
                note("h10.notParticipant", ["member": member, "cohort": cohort.id], [member, cohort.id])
            }
        } else {
            note("h10.unknownCohort", ["cohort": group.cohort], [group.cohort])
        }
        if group.members.uniqued.count != group.members.count {
            note("h10.repeatedMember")
        }
        let manualID = facts.manualID(of: group)
        guard let manual = index.manuals[manualID] else {
            note("h10.unknownManual", ["manual": manualID], [manualID])
            return violations
        }
        let rules = manual.supervision
        if group.members.isEmpty || group.members.count > rules.groupMax {
            note(
                "h10.size",
                ["count": String(group.members.count), "manual": manual.id, "max": String(rules.groupMax)])
        }
        if let supervisor = index.psychologists[group.supervisor] {
            if !supervisor.manuals.contains(manual.id) {
                note(
                    "h10.notCertified",
                    ["supervisor": supervisor.id, "name": supervisor.name, "manual": manual.id], [supervisor.id])
            }
        } else {
            note("h10.unknownSupervisor", ["supervisor": group.supervisor], [group.supervisor])
        }
        if group.mode != rules.mode {
            note(
                "h10.mode",
                ["mode": words.mode(group.mode), "manual": manual.id, "manualMode": words.mode(rules.mode)])
        }
        switch (group.mode, group.venue) {
        case (.physical, nil): note("h10.physicalNoVenue")
        case (.virtual, let venue?): note("h10.virtualVenue", ["venue": venue], [venue])
        default: break
        }
        return violations
    }

    private func timing(of group: SupervisionGroup, facts: PlanFacts) -> [Violation] {
        guard let manual = index.manuals[facts.manualID(of: group)] else { return [] }
        let rules = manual.supervision
        var violations: [Violation] = []
        /// Notes the wording `key` (filled with `values`) as a violation of the group.
        func note(_ key: String, _ values: [String: String]) {
            violations.append(
                Violation(
                    rule: .h11, message: words("h10.group", ["group": group.id, "text": words(key, values)]),
                    entities: [group.id, group.cohort]))
        }
        let sessions = group.sessions
        if sessions.count != rules.sessions || Set(sessions).count != rules.sessions {
            note(
                "h11.sessions",
                ["count": String(sessions.count), "manual": manual.id, "sessions": String(rules.sessions)])
        }
        if !rules.allowedSlots.contains(group.slot) {
            note(
                "h11.slot",
                ["slot": words.slot(group.slot), "manual": manual.id, "manualSlot": words.slot(rules.slot)])
        }
        let pairs = Array(zip(sessions, sessions.dropFirst()))
        if pairs.contains(where: { $0 >= $1 }) {
            note("h11.notIncreasing", ["days": sessions.map(\.description).joined(separator: ", ")])
            return violations
        }
        if let first = sessions.first, let lastTraining = facts.cohorts[group.cohort]?.days.max() {
            let offset = lastTraining.days(to: first)
            let latest = rules.startWithinWeeks * 7
            if offset < 7 || offset > latest {
                note(
                    "h11.start",
                    [
                        "first": first.description, "offset": String(offset), "last": lastTraining.description,
                        "latest": String(latest),
                    ])
            }
        }
        let cadence = rules.cadenceDays
        for (previous, next) in pairs {
            let gap = previous.days(to: next)
            if ![cadence - 7, cadence, cadence + 7].contains(gap) {
                note(
                    "h11.gap",
                    [
                        "gap": String(gap), "previous": previous.description, "next": next.description,
                        "shorter": String(cadence - 7), "cadence": String(cadence), "longer": String(cadence + 7),
                    ])
            }
        }
        return violations
    }
}
