import ConstraintSolver
import PlanningModel

/// The exact timing of a whole plan whose structure is fixed, as a ``ConstraintSolver``
/// model solved by branch and bound: the inner stage of ``OptimalityProof``.
///
/// The structure is every cohort's members, venue and trainers and every supervision
/// group's members, venue and supervisor (the unassigned needs follow). The model chooses
/// every training day, every group's slot and every session date, jointly:
///
/// - `day[c][i]`: workdays on which the venue, the trainers (both slots) and every member
///   (both slots, on or after `readyFrom`) are free (H1, H6); consecutive gaps in
///   `[minGapDays, maxGapDays]` (H2);
/// - `slot[g]`, `session[g][j]`: a table of (date, slot) pairs on which the venue and the
///   supervisor are free in that slot (H6, H11); the first session 7…`startWithinWeeks × 7`
///   days after the last training day, each gap a variable in `{E − 7, E, E + 7}` (H11);
/// - ``TimingCheck`` for clashes, one venue per date, day limits and rooms (H7–H9), helped
///   by pairwise `≠` between a psychologist's training days and other activities;
/// - the objective, exactly: S1, S2, S4 and S7 are constants of the structure; S3 is linear
///   in the last training days; S5, S9 and S10 are element constraints on dates, gaps and
///   (date, slot); S6 is the maximum over psychologists of their activities minus the pairs
///   of sessions sharing a date (a psychologist has at most two single-slot activities on a
///   date, so this counts distinct dates exactly once H7 holds).
///
/// Meetings are not modelled: ``OptimalityProof`` only runs on scenarios without series.
struct TimingModel {
    let instance: Instance

    /// How a timing search ended.
    struct Outcome {
        /// The cheapest timing found below the bound, with its total; nil when none.
        var best: (cohorts: [CohortState], total: Int)?
        /// Whether the search was exhaustive (so nothing cheaper than `best`, or than the
        /// bound when `best` is nil, exists for this structure).
        var complete: Bool
        /// Nodes explored.
        var nodes: Int
    }

    /// Objective terms that do not depend on dates (S1, S2, S4, S7), weighted.
    func structureCost(_ cohorts: [CohortState], unassigned: Int) -> Int {
        let w = instance.weights
        var travel = 0
        var discontinuous = 0
        for c in cohorts {
            let manual = instance.manuals[c.manual]
            var km = 0
            for n in c.members { km += instance.kmMunicipality(instance.needs[n].municipality, c.venue) }
            for p in c.trainers { km += instance.kmPsychologist(p, c.venue) }
            travel += 2 * km * manual.training.days
            for g in c.groups {
                if !c.trainers.contains(g.supervisor) { discontinuous += 1 }
                guard let venue = g.venue else { continue }
                var gkm = instance.kmPsychologist(g.supervisor, venue)
                for n in g.members { gkm += instance.kmMunicipality(instance.needs[n].municipality, venue) }
                travel += 2 * gkm * manual.supervision.sessions
            }
        }
        return w.unassigned * unassigned + w.travelPerKm * travel + Evaluator.splitTerm(instance, cohorts)
            + w.continuity * discontinuous
    }

    /// Finds the cheapest timing of `structure` whose total is below `upperBound`.
    ///
    /// - Parameters:
    ///   - structure: cohorts with members, venue, trainers and groups (members, venue,
    ///     supervisor); their dates and slots are ignored.
    ///   - unassigned: the number of unassigned needs (S1).
    ///   - upperBound: only totals strictly below it are of interest.
    ///   - limits: node and time limits of the search.
    ///   - background: activities booked outside the model (none for a whole plan; the rest
    ///     of a plan when re-timing some cohorts). Its psychologists' dates do not enter S6.
    /// - Returns: the best timing and whether the search was exhaustive.
    func solve(
        _ structure: [CohortState], unassigned: Int, below upperBound: Int, limits: SearchLimits,
        background: ResourceUsage? = nil
    ) -> Outcome {
        let base = structureCost(structure, unassigned: unassigned)
        guard base < upperBound else { return Outcome(best: nil, complete: true, nodes: 0) }
        let w = instance.weights
        let dayCount = instance.dayCount
        let solver = Solver(seed: 0)
        let holiday = (0..<dayCount).map { instance.isSchoolHoliday[$0] ? w.schoolHoliday : 0 }
        var terms: [(Int, IntVar)] = [(1, solver.constant(base))]
        var constant = 0
        var days: [[IntVar]] = []
        var slots: [[IntVar]] = []
        var sessions: [[[IntVar]]] = []
        var order: [IntVar] = []
        let empty = background ?? ResourceUsage(instance: instance)
        for c in structure {
            let manual = instance.manuals[c.manual]
            let k = manual.training.days
            let usable = (0..<dayCount).filter {
                empty.trainingFits(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: $0)
            }
            guard k >= 1, !usable.isEmpty else { return Outcome(best: nil, complete: true, nodes: 0) }
            let minGap = max(1, manual.training.minGapDays)
            let maxGap = max(minGap, manual.training.maxGapDays)
            let cohortDays = (0..<k).map { _ in solver.intVar(values: usable) }
            for i in 0..<(k - 1) {
                solver.addLinear([(1, cohortDays[i + 1]), (-1, cohortDays[i])], .greaterOrEqual, minGap)
                solver.addLinear([(1, cohortDays[i + 1]), (-1, cohortDays[i])], .lessOrEqual, maxGap)
            }
            if usable.contains(where: { holiday[$0] > 0 }) {
                for d in cohortDays { terms.append((1, solver.element(holiday, index: d))) }
            }
            // S3: waitPerDay × Σ (last ordinal − readyOrdinal).
            let last = cohortDays[k - 1]
            terms.append((w.waitPerDay * c.members.count, last))
            constant +=
                w.waitPerDay * c.members.reduce(0) { $0 + instance.startOrdinal - instance.needs[$1].readyOrdinal }
            order.append(contentsOf: cohortDays)
            days.append(cohortDays)

            var groupSlots: [IntVar] = []
            var groupSessions: [[IntVar]] = []
            let allowed = manual.supervision.slot.slots
            let count = max(1, manual.supervision.sessions)
            let cadence = manual.supervision.cadenceDays
            let gaps = [cadence - 7, cadence, cadence + 7].filter { $0 > 0 }
            let irregular = (0...(cadence + 7)).map { $0 == cadence ? 0 : w.irregular }
            for g in c.groups {
                var pairs: [[Int]] = []
                var missed = [Int](repeating: 0, count: 2 * dayCount)
                for d in 0..<dayCount {
                    for slot in allowed {
                        var probe = g
                        probe.slot = slot
                        guard empty.sessionFits(instance, probe, day: d) else { continue }
                        pairs.append([d, slot.index])
                        let bit = slot.mask
                        missed[2 * d + slot.index] =
                            w.missedSupervision
                            * g.members.filter {
                                instance.therapistMask(instance.needs[$0].therapist, d) & bit == 0
                            }.count
                    }
                }
                guard !pairs.isEmpty else { return Outcome(best: nil, complete: true, nodes: 0) }
                let slot = solver.intVar(values: allowed.map(\.index))
                let dates = Set(pairs.map { $0[0] })
                let series = (0..<count).map { _ in solver.intVar(values: dates) }
                // Tables and elements only where they constrain or cost something (fewer propagators).
                let everySlot = pairs.count == dates.count * allowed.count
                let anyMissed = missed.contains { $0 > 0 }
                let anyHoliday = dates.contains { holiday[$0] > 0 }
                for (j, q) in series.enumerated() {
                    if !everySlot { solver.addTable([q, slot], tuples: pairs) }
                    if anyMissed {
                        let index = solver.sum([(2, q), (1, slot)])
                        terms.append((1, solver.element(missed, index: index)))
                    }
                    if anyHoliday { terms.append((1, solver.element(holiday, index: q))) }
                    if j > 0 {
                        let gap = solver.intVar(values: gaps)
                        solver.addLinear([(1, q), (-1, series[j - 1]), (-1, gap)], .equal, 0)
                        if gaps.count > 1 { terms.append((1, solver.element(irregular, index: gap))) }
                    }
                }
                solver.addLinear([(1, series[0]), (-1, last)], .greaterOrEqual, 7)
                solver.addLinear(
                    [(1, series[0]), (-1, last)], .lessOrEqual, max(7, manual.supervision.startWithinWeeks * 7))
                groupSlots.append(slot)
                groupSessions.append(series)
            }
            slots.append(groupSlots)
            sessions.append(groupSessions)
        }
        for (c, cohortSlots) in slots.enumerated() {
            for (g, slot) in cohortSlots.enumerated() { order.append(contentsOf: [slot] + sessions[c][g]) }
        }
        solver.add(
            TimingCheck(
                instance: instance, cohorts: structure, days: days, slots: slots, sessions: sessions,
                background: empty))
        terms.append((w.peakLoad, peakLoad(solver, structure, days: days, sessions: sessions)))
        terms.append((1, solver.constant(constant)))
        let objective = solver.sum(terms)
        solver.addLinear([(1, objective)], .lessOrEqual, upperBound - 1)
        solver.minimize(objective)
        let result = solver.solve(branching: .inOrder(order), limits: limits)
        let nodes = result.statistics.nodes
        let complete = result.status == .optimal || result.status == .infeasible
        guard let best = result.best, let total = best.objective else {
            return Outcome(best: nil, complete: complete, nodes: nodes)
        }
        var timed = structure
        for c in timed.indices {
            timed[c].days = days[c].map { best[$0] }
            for g in timed[c].groups.indices {
                timed[c].groups[g].slot = Slot(index: best[slots[c][g]])
                timed[c].groups[g].sessions = sessions[c][g].map { best[$0] }
            }
        }
        return Outcome(best: (timed, total), complete: complete, nodes: nodes)
    }

    /// S6 before weighting: the largest number of distinct activity dates of a psychologist,
    /// with pairwise `≠` between a psychologist's training days and their other activities.
    private func peakLoad(_ solver: Solver, _ structure: [CohortState], days: [[IntVar]], sessions: [[[IntVar]]])
        -> IntVar
    {
        var loads: [IntVar] = []
        for p in 0..<instance.psychologistCount {
            var training: [IntVar] = []
            var groups: [[IntVar]] = []
            for (c, cohort) in structure.enumerated() {
                if cohort.trainers.contains(p) { training += days[c] }
                for (g, group) in cohort.groups.enumerated() where group.supervisor == p {
                    groups.append(sessions[c][g])
                }
            }
            let own = groups.joined()
            guard !training.isEmpty || !own.isEmpty else { continue }
            for (i, a) in training.enumerated() {
                for b in training[(i + 1)...] { solver.addLinear([(1, a), (-1, b)], .notEqual, 0) }
                for b in own { solver.addLinear([(1, a), (-1, b)], .notEqual, 0) }
            }
            var terms: [(Int, IntVar)] = [(1, solver.constant(training.count + own.count))]
            for a in groups.indices {
                for b in groups.indices where b > a {
                    for x in groups[a] {
                        for y in groups[b] {
                            let same = solver.boolVar()
                            solver.addLinear([(1, x), (-1, y)], .equal, 0, reifiedBy: same)
                            terms.append((-1, same.int))
                        }
                    }
                }
            }
            loads.append(solver.sum(terms))
        }
        guard !loads.isEmpty else { return solver.constant(0) }
        let peak = solver.intVar(0...(7 * instance.dayCount + 1))
        solver.addMaximum(peak, of: loads)
        return peak
    }
}
