import PlanningModel

/// Times one cohort and its supervision groups against everything already planned.
///
/// The cohort's structure (members, venue, trainers, groups with supervisor, venue and
/// members) is fixed; the scheduler picks the training days and every group's slot and
/// session dates by dynamic programming, which is exact for the cohort's own terms (S3,
/// S5, S9, S10) given the others' bookings:
///
/// - a backward pass per group and slot gives, for every possible first session, the
///   cheapest series of `sessions` dates with gaps `E − 7`, `E` or `E + 7` (H11);
/// - a forward pass over training days with gaps in `[minGapDays, maxGapDays]` (H2)
///   gives the cheapest pattern ending on each day, to which the waiting cost (S3) and the
///   groups' best series starting 7…`startWithinWeeks × 7` days later are added.
///
/// Interactions inside the cohort (a trainer's month filling up with the cohort's own
/// days, two groups sharing a supervisor) are caught when the chosen dates are booked;
/// the offending date is then blocked and the programme re-run.
struct CohortScheduler {
    let instance: Instance
    static let infinity = Int.max / 4

    /// Picks dates for `cohort` and books it in `usage`. Returns false, leaving `usage`
    /// unchanged, when no timing satisfies the hard rules.
    func schedule(_ cohort: inout CohortState, usage: inout ResourceUsage) -> Bool {
        let manual = instance.manuals[cohort.manual]
        let k = manual.training.days
        let dayCount = instance.dayCount
        guard k >= 1, dayCount > 0, !cohort.members.isEmpty else { return false }
        instance.replan?.retagGroups(&cohort)
        let moved = MoveCost(instance.replan?.trainingShift(instance, cohort))
        let minGap = max(1, manual.training.minGapDays)
        let maxGap = max(minGap, manual.training.maxGapDays)
        let startMin = 7
        let startMax = max(7, manual.supervision.startWithinWeeks * 7)
        let earliest = cohort.members.reduce(0) { max($0, instance.needs[$1].readyIndex) }
        // The shortest training and supervision series must fit between `earliest` and the
        // horizon's end; else no programme can succeed (and would cost time to find out).
        let shortestGap = max(1, manual.supervision.cadenceDays - 7)
        let shortestSpan = (k - 1) * minGap + startMin + (max(1, manual.supervision.sessions) - 1) * shortestGap
        guard earliest + shortestSpan < dayCount else { return false }
        let w = instance.weights
        let readySum = cohort.members.reduce(0) { $0 + instance.needs[$1].readyOrdinal }
        var blockedTraining = [Bool](repeating: false, count: dayCount)
        var blockedLast = [Bool](repeating: false, count: dayCount)
        let peak = usage.peakLoad

        for _ in 0..<16 {
            // Training-day costs.
            var dayCost = [Int](repeating: Self.infinity, count: dayCount)
            if earliest < dayCount {
                for d in earliest..<dayCount where !blockedTraining[d] {
                    guard
                        usage.trainingFits(
                            instance, venue: cohort.venue, trainers: cohort.trainers,
                            members: cohort.members, day: d)
                    else { continue }
                    var cost = instance.isSchoolHoliday[d] ? w.schoolHoliday : 0
                    for p in cohort.trainers where usage.totalLoad[p] + 1 > peak { cost += w.peakLoad }
                    dayCost[d] = cost
                }
            }
            // Forward pass.
            var f = dayCost.indices.map { dayCost[$0] < Self.infinity ? dayCost[$0] + moved(0, $0) : Self.infinity }
            var back = [[Int]](repeating: [], count: k)
            for i in 1..<max(1, k) {
                var next = [Int](repeating: Self.infinity, count: dayCount)
                var arg = [Int](repeating: -1, count: dayCount)
                // The cheapest (earliest among equals) previous day in [d − maxGap, d − minGap]
                // by a sliding-window minimum: linear in the horizon, whatever the gaps.
                var window = SlidingMinimum(capacity: dayCount)
                for d in 0..<dayCount {
                    let e = d - minGap
                    if e >= 0, f[e] < Self.infinity { window.push(e, f[e]) }
                    window.dropBefore(d - maxGap)
                    if dayCost[d] < Self.infinity, let (bestPrev, best) = window.minimum {
                        next[d] = best + dayCost[d] + moved(i, d)
                        arg[d] = bestPrev
                    }
                }
                f = next
                back[i] = arg
            }
            // Groups' estimates per last training day.
            var groupEstimate = [Int](repeating: 0, count: dayCount)
            for g in cohort.groups {
                var est = [Int](repeating: Self.infinity, count: dayCount)
                for slot in manual.supervision.slot.slots {
                    var probe = g
                    probe.slot = slot
                    let table = seriesTable(probe, cohortTag: cohort.tag, manual: manual, usage: usage, blocked: nil)
                    for last in 0..<dayCount where f[last] < Self.infinity {
                        let lo = last + startMin
                        let hi = min(dayCount - 1, last + startMax)
                        guard lo <= hi else { continue }
                        for s in lo...hi where table.first[s] < est[last] { est[last] = table.first[s] }
                    }
                }
                for d in 0..<dayCount {
                    groupEstimate[d] =
                        est[d] >= Self.infinity || groupEstimate[d] >= Self.infinity
                        ? Self.infinity : groupEstimate[d] + est[d]
                }
            }
            var bestLast = -1
            var bestCost = Self.infinity
            for d in 0..<dayCount where !blockedLast[d] && f[d] < Self.infinity && groupEstimate[d] < Self.infinity {
                let cost =
                    f[d] + groupEstimate[d] + w.waitPerDay
                    * (cohort.members.count * (instance.startOrdinal + d) - readySum)
                if cost < bestCost {
                    bestCost = cost
                    bestLast = d
                }
            }
            guard bestLast >= 0 else { return false }
            var days = [Int](repeating: 0, count: k)
            days[k - 1] = bestLast
            if k > 1 {
                for i in stride(from: k - 1, to: 0, by: -1) { days[i - 1] = back[i][days[i]] }
            }
            // Book the training days.
            var booked = 0
            for d in days {
                guard
                    usage.trainingFits(
                        instance, venue: cohort.venue, trainers: cohort.trainers,
                        members: cohort.members, day: d)
                else { break }
                usage.addTraining(
                    instance, venue: cohort.venue, trainers: cohort.trainers, members: cohort.members, day: d)
                booked += 1
            }
            if booked < k {
                for d in days[..<booked] {
                    usage.removeTraining(
                        instance, venue: cohort.venue, trainers: cohort.trainers, members: cohort.members, day: d)
                }
                blockedTraining[days[booked]] = true
                continue
            }
            // Book the groups one by one against the real bookings.
            var placed: [GroupState] = []
            var ok = true
            for g in cohort.groups {
                if let series = placeGroup(g, cohortTag: cohort.tag, manual: manual, last: bestLast, usage: &usage) {
                    placed.append(series)
                } else {
                    ok = false
                    break
                }
            }
            if !ok {
                for g in placed { for d in g.sessions { usage.removeSession(instance, g, day: d) } }
                for d in days {
                    usage.removeTraining(
                        instance, venue: cohort.venue, trainers: cohort.trainers, members: cohort.members, day: d)
                }
                blockedLast[bestLast] = true
                continue
            }
            cohort.days = days
            cohort.groups = placed
            return true
        }
        return false
    }

    /// Re-times only the groups of an already booked cohort (its training days stay).
    /// The groups must not be booked in `usage`. Returns false, booking nothing, on failure.
    func rescheduleGroups(_ cohort: inout CohortState, usage: inout ResourceUsage) -> Bool {
        guard let last = cohort.days.last else { return false }
        let manual = instance.manuals[cohort.manual]
        instance.replan?.retagGroups(&cohort)
        var placed: [GroupState] = []
        for g in cohort.groups {
            guard let series = placeGroup(g, cohortTag: cohort.tag, manual: manual, last: last, usage: &usage) else {
                for p in placed { for d in p.sessions { usage.removeSession(instance, p, day: d) } }
                return false
            }
            placed.append(series)
        }
        cohort.groups = placed
        return true
    }

    /// Chooses and books the best series of `group` after last training day `last`.
    private func placeGroup(
        _ group: GroupState, cohortTag: Int, manual: Manual, last: Int, usage: inout ResourceUsage
    ) -> GroupState? {
        let dayCount = instance.dayCount
        var blocked = [Bool](repeating: false, count: dayCount)
        let lo = last + 7
        let hi = min(dayCount - 1, last + max(7, manual.supervision.startWithinWeeks * 7))
        guard lo <= hi else { return nil }
        for _ in 0..<8 {
            var best: (cost: Int, slot: Slot, start: Int, table: SeriesTable)?
            for slot in manual.supervision.slot.slots {
                var probe = group
                probe.slot = slot
                let table = seriesTable(probe, cohortTag: cohortTag, manual: manual, usage: usage, blocked: blocked)
                for s in lo...hi where table.first[s] < (best?.cost ?? Self.infinity) {
                    best = (table.first[s], slot, s, table)
                }
            }
            guard let choice = best else { return nil }
            var g = group
            g.slot = choice.slot
            g.sessions = choice.table.series(from: choice.start)
            var booked = 0
            for d in g.sessions {
                guard usage.sessionFits(instance, g, day: d) else { break }
                usage.addSession(instance, g, day: d)
                booked += 1
            }
            if booked == g.sessions.count { return g }
            for d in g.sessions[..<booked] { usage.removeSession(instance, g, day: d) }
            blocked[g.sessions[booked]] = true
        }
        return nil
    }

    /// The backward programme of one group in one slot.
    struct SeriesTable {
        /// Cheapest cost of a whole series whose first session is on each day.
        let first: [Int]
        /// `next[j * dayCount + d]`: the day of session `j + 1` after session `j` on `d`.
        let next: [Int]
        let sessions: Int
        let dayCount: Int

        func series(from start: Int) -> [Int] {
            var days = [start]
            var d = start
            for j in 0..<(sessions - 1) {
                d = next[j * dayCount + d]
                days.append(d)
            }
            return days
        }
    }

    private func seriesTable(
        _ group: GroupState, cohortTag: Int, manual: Manual, usage: ResourceUsage, blocked: [Bool]?
    ) -> SeriesTable {
        let dayCount = instance.dayCount
        let n = max(1, manual.supervision.sessions)
        let cadence = manual.supervision.cadenceDays
        let gaps = [cadence - 7, cadence, cadence + 7].filter { $0 > 0 }
        let w = instance.weights
        let bit = group.slot.mask
        let peak = usage.peakLoad
        let supervisorAtPeak = usage.totalLoad[group.supervisor] + 1 > peak
        var cost = [Int](repeating: Self.infinity, count: dayCount)
        for d in 0..<dayCount where instance.isWorkday[d] && blocked?[d] != true {
            guard usage.sessionFits(instance, group, day: d) else { continue }
            var c = instance.isSchoolHoliday[d] ? w.schoolHoliday : 0
            for m in group.members where instance.therapistMask(instance.needs[m].therapist, d) & bit == 0 {
                c += w.missedSupervision
            }
            if supervisorAtPeak, usage.isNewDate(group.supervisor, d) { c += w.peakLoad }
            cost[d] = c
        }
        let moved = MoveCost(instance.replan?.sessionShift(instance, cohortTag: cohortTag, group))
        var value = cost.indices.map { cost[$0] < Self.infinity ? cost[$0] + moved(n - 1, $0) : Self.infinity }
        var next = [Int](repeating: -1, count: max(0, n - 1) * dayCount)
        if n >= 2 {
            for j in stride(from: n - 2, through: 0, by: -1) {
                var current = [Int](repeating: Self.infinity, count: dayCount)
                for d in 0..<dayCount where cost[d] < Self.infinity {
                    var best = Self.infinity
                    var arg = -1
                    for gap in gaps {
                        let e = d + gap
                        guard e < dayCount, value[e] < Self.infinity else { continue }
                        let v = value[e] + (gap == cadence ? 0 : w.irregular)
                        if v < best {
                            best = v
                            arg = e
                        }
                    }
                    if arg >= 0 {
                        current[d] = cost[d] + best + moved(j, d)
                        next[j * dayCount + d] = arg
                    }
                }
                value = current
            }
        }
        return SeriesTable(first: value, next: next, sessions: n, dayCount: dayCount)
    }
}

/// In a re-plan, what giving the `i`-th date of a cohort's training days or of a group's
/// sessions another date than the base costs (S11, weighted); nothing when planning from
/// scratch or when the activity keeps no base activity at the same place.
private struct MoveCost {
    let shift: (days: [Int], cost: Int)?

    init(_ shift: (days: [Int], cost: Int)?) { self.shift = shift }

    func callAsFunction(_ i: Int, _ day: Int) -> Int {
        guard let shift, i < shift.days.count, shift.days[i] != day else { return 0 }
        return shift.cost
    }
}
