import PlanningModel

/// Turns a search solution into the plan document (PROBLEM.md §3) with stable, readable
/// ids: cohorts `<manual>-<n>` numbered by first training day, groups `<cohort>-g<n>`.
struct PlanBuilder {
    let instance: Instance

    func cohortsAndGroups(_ solution: Solution) -> ([Cohort], [SupervisionGroup]) {
        let ordered = solution.cohorts.sorted { a, b in
            if a.manual != b.manual { return a.manual < b.manual }
            if a.days != b.days { return a.days.lexicographicallyPrecedes(b.days) }
            if a.venue != b.venue { return a.venue < b.venue }
            return a.members.lexicographicallyPrecedes(b.members)
        }
        var cohorts: [Cohort] = []
        var groups: [SupervisionGroup] = []
        var perManual = [Int](repeating: 0, count: instance.manuals.count)
        var names = ActivityNames(instance: instance)
        for c in ordered {
            perManual[c.manual] += 1
            let manual = instance.manuals[c.manual]
            let id = names.cohort(c, manual: manual.id, number: perManual[c.manual])
            cohorts.append(
                Cohort(
                    id: id, manual: manual.id, venue: instance.scenario.venues[c.venue].id,
                    trainers: c.trainers.sorted().map { instance.psychologistIDs[$0] },
                    days: c.days.map(instance.day), participants: c.members.map { therapistID($0) }))
            let sortedGroups = c.groups.sorted { a, b in
                if a.sessions != b.sessions { return a.sessions.lexicographicallyPrecedes(b.sessions) }
                if a.slot != b.slot { return a.slot < b.slot }
                return a.members.lexicographicallyPrecedes(b.members)
            }
            for (j, g) in sortedGroups.enumerated() {
                groups.append(
                    SupervisionGroup(
                        id: names.group(g, of: c, cohortID: id, number: j + 1), manual: manual.id, cohort: id,
                        supervisor: instance.psychologistIDs[g.supervisor], mode: manual.supervision.mode,
                        venue: g.venue.map { instance.scenario.venues[$0].id }, slot: g.slot,
                        sessions: g.sessions.map(instance.day), members: g.members.map { therapistID($0) }))
            }
        }
        return (cohorts, groups)
    }

    func meetings(_ solution: Solution) -> [Meeting] {
        solution.meetings.enumerated().flatMap { s, list in
            list.enumerated().map { k, m in
                Meeting(
                    series: instance.scenario.meetings[s].id, index: k + 1, date: instance.day(m.day),
                    slot: instance.series[s].slot, venue: instance.scenario.venues[m.venue].id)
            }
        }
    }

    func score(_ terms: TermVector) -> Score {
        var dict: [String: Int] = [:]
        for term in Term.allCases where term != .perturbation || instance.replan != nil {
            dict[term.code] = terms[term]
        }
        return Score(total: terms.total, hardViolations: 0, terms: dict)
    }

    func therapistID(_ need: Int) -> String { instance.therapistIDs[instance.needs[need].therapist] }
}
