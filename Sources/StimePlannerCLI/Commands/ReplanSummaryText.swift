import PlanningModel

/// The lines `replan` (and `whatif --write`) print when done: totals, what changed for whom,
/// who has left since the base, and where the files went.
struct ReplanSummaryText {
    let plan: Plan
    let base: Plan
    let scenario: Scenario
    let directory: String

    var text: String {
        let s11 = plan.score.terms["S11"] ?? 0
        let baseTotal = plan.base?.total.map { " (the base scores \($0) under this scenario)" } ?? ""
        var lines = [
            "Re-plan of \(base.scenario) for \(plan.scenario) from \(plan.base.map { "\($0.today)" } ?? "?"): "
                + "total \(plan.score.total)\(baseTotal), S11 \(s11), \(plan.cohorts.count) cohorts, "
                + "\(plan.supervisionGroups.count) supervision groups, \(plan.meetings.count) meetings."
        ]
        lines.append(contentsOf: ChangeCounts(changes: plan.changes ?? [], scenario: scenario).lines)
        let left = LeftSinceBase(base: base, scenario: scenario)
        if !left.isEmpty { lines.append("Left since the base: \(left.description).") }
        if plan.score.hardViolations > 0 {
            lines.append(
                "\(plan.score.hardViolations) hard-rule conflicts are forced by history or pins "
                    + "('stime-planner check SCENARIO \(directory)/plan.json --base BASE --today DATE' lists them).")
        }
        if plan.unassigned.isEmpty {
            lines.append("Every need is assigned.")
        } else {
            lines.append(
                "\(plan.unassigned.count) needs are unassigned; 'stime-planner explain' says why and what would help.")
        }
        lines.append("Wrote \(directory)/plan.json, \(directory)/calendars/ and \(directory)/report.html.")
        return lines.joined(separator: "\n")
    }
}

/// How many calendar entries a re-plan changes, and for whom.
struct ChangeCounts {
    let changes: [PlanChange]
    let scenario: Scenario

    /// Everyone whose calendar changes, sorted.
    var people: [String] { Set(changes.flatMap(\.people)).sorted() }

    /// The affected people by role: therapists, psychologists and other meeting attendees.
    var byRole: (therapists: [String], psychologists: [String], attendees: [String]) {
        let therapists = Set(scenario.municipalities.flatMap { $0.therapists.map(\.id) })
        let psychologists = Set(scenario.psychologists.map(\.id))
        let all = people
        return (
            all.filter(therapists.contains), all.filter(psychologists.contains),
            all.filter { !therapists.contains($0) && !psychologists.contains($0) }
        )
    }

    var lines: [String] {
        guard !changes.isEmpty else { return ["No calendar entry changes."] }
        var kinds: [String] = []
        for kind in PlanChange.Kind.allCases {
            let n = changes.filter { $0.kind == kind }.count
            guard n > 0 else { continue }
            let label =
                switch kind {
                case .moved: "moved"
                case .added: "added"
                case .removed: "removed"
                case .people: "with other people"
                }
            kinds.append("\(n) \(label)")
        }
        let roles = byRole
        return [
            "\(changes.count) calendar entries change (\(kinds.joined(separator: ", "))) for \(people.count) people:",
            "  therapists \(Self.list(roles.therapists)); psychologists \(Self.list(roles.psychologists)); "
                + "meeting attendees \(Self.list(roles.attendees))",
        ]
    }

    /// A count with the first few ids.
    static func list(_ ids: [String], first: Int = 4) -> String {
        guard !ids.isEmpty else { return "0" }
        let shown = ids.prefix(first).joined(separator: ", ")
        return "\(ids.count) (\(shown)\(ids.count > first ? ", …" : ""))"
    }
}

/// Ids the base plan names that the scenario no longer has: people who left, venues,
/// manuals and meeting series that are gone. Not errors: the re-plan drops them.
struct LeftSinceBase: CustomStringConvertible {
    let therapists: [String]
    let psychologists: [String]
    let others: [String]

    init(base: Plan, scenario: Scenario) {
        let knownTherapists = Set(scenario.municipalities.flatMap { $0.therapists.map(\.id) })
        let knownPsychologists = Set(scenario.psychologists.map(\.id))
        let named = base.cohorts.flatMap(\.participants) + base.supervisionGroups.flatMap(\.members)
        therapists = Set(named).subtracting(knownTherapists).sorted()
        let leaders = base.cohorts.flatMap(\.trainers) + base.supervisionGroups.map(\.supervisor)
        psychologists = Set(leaders).subtracting(knownPsychologists).sorted()
        let venues = Set(
            base.cohorts.map(\.venue) + base.supervisionGroups.compactMap(\.venue) + base.meetings.map(\.venue)
        )
        .subtracting(scenario.venues.map(\.id))
        let manuals = Set(base.cohorts.map(\.manual)).subtracting(scenario.manuals.map(\.id))
        let series = Set(base.meetings.map(\.series)).subtracting(scenario.meetings.map(\.id))
        others =
            venues.sorted().map { "venue \($0)" } + manuals.sorted().map { "manual \($0)" }
            + series.sorted().map { "meeting series \($0)" }
    }

    var isEmpty: Bool { therapists.isEmpty && psychologists.isEmpty && others.isEmpty }

    var description: String {
        var parts: [String] = []
        if !therapists.isEmpty { parts.append("therapists \(therapists.joined(separator: ", "))") }
        if !psychologists.isEmpty { parts.append("psychologists \(psychologists.joined(separator: ", "))") }
        parts += others
        return parts.joined(separator: "; ")
    }
}
