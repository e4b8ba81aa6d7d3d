/// The first state of a re-plan: the base plan carried over to the new scenario and repaired
/// where it no longer fits, not rebuilt.
///
/// 1. Cohorts that started before today or are pinned are booked exactly as in the base
///    (history H13, pins H14); of their supervision sessions, only those on or after today
///    that no longer fit are re-timed, keeping the group's weekday rhythm (H11).
/// 2. Meeting series keep their base meetings where they still fit; otherwise the free ones
///    are re-planned around the fixed ones (``SearchState/replanSeries(_:)``).
/// 3. Every other base cohort keeps its id, members, venue, trainers, groups and dates when
///    they still fit; people who left drop out, trainers or supervisors who left or lost
///    their certification are replaced, and a cohort that no longer fits is re-timed (dates
///    as close to the base as S11 makes worthwhile), then given another venue or trainers.
///    A cohort that falls below `cohortMin` is dissolved.
/// 4. Needs without a cohort (new therapists, new manuals, members of dissolved cohorts) go
///    into existing cohorts with room, then into new cohorts.
struct ReplanStart {
    let instance: Instance
    let replan: ReplanContext
    let construction: Construction

    init(instance: Instance) {
        precondition(instance.replan != nil, "a re-plan needs a base")
        self.instance = instance
        replan = instance.replan!
        construction = Construction(instance: instance)
    }

    /// The repaired base, and the hard-rule conflicts it had to keep: fixed activities
    /// (history, pins) that the new scenario no longer allows.
    func run() -> (state: SearchState, conflicts: Int) {
        var state = SearchState(instance: instance)
        var conflicts = 0
        for (b, base) in replan.cohorts.enumerated() where base.frozen {
            conflicts += bookFrozen(b, base, into: &state)
        }
        for s in instance.series.indices {
            conflicts += planSeries(s, into: &state)
        }
        for (b, base) in replan.cohorts.enumerated() where !base.frozen {
            placeMovable(b, base, into: &state)
        }
        let placed = Set(state.solution.cohorts.flatMap(\.members))
        state.markUnassigned(
            instance.needs.indices.filter { !placed.contains($0) && !state.solution.unassigned.contains($0) })
        insertUnassigned(into: &state)
        // A membership pin keeps the base group as it was: a therapist not in it stays out.
        let base = replan.request.base
        conflicts +=
            replan.request.pins.memberships.filter { pin in
                !base.supervisionGroups.contains { $0.id == pin.group && $0.members.contains(pin.therapist) }
            }.count
        return (state, conflicts)
    }

    // MARK: Fixed cohorts

    /// Books a started or pinned cohort as it was; returns the activities on or after today
    /// that break a hard rule of the new scenario and could not be repaired.
    ///
    /// A group that has held sessions keeps its supervisor, venue, slot and members (H13);
    /// only its sessions from today on are re-timed when they no longer fit. A group of a
    /// started cohort that has not met yet may also get another supervisor or venue. A
    /// pinned cohort keeps its groups exactly (H14).
    private func bookFrozen(_ b: Int, _ base: ReplanContext.BaseCohort, into state: inout SearchState) -> Int {
        guard base.manual >= 0, base.venue >= 0 else { return base.days.count }
        let manual = instance.manuals[base.manual]
        var conflicts = 0
        var c = CohortState(
            manual: base.manual, venue: base.venue, trainers: base.trainers, days: base.days.filter(inHorizon),
            members: base.members, groups: [], tag: b)
        if c.trainers.count < manual.training.trainers { conflicts += 1 }
        for d in c.days {
            if d >= replan.todayIndex,
                !state.usage.trainingFits(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d)
            {
                conflicts += 1
            }
            state.usage.addTraining(instance, venue: c.venue, trainers: c.trainers, members: c.members, day: d)
        }
        var open: [GroupState] = []
        for (j, g) in base.groups.enumerated() {
            var group = GroupState(
                supervisor: g.supervisor >= 0 ? g.supervisor : (base.trainers.first ?? 0),
                venue: manual.supervision.mode == .virtual ? nil : (g.venue ?? base.venue),
                slot: g.slot, sessions: g.sessions.filter(inHorizon), members: g.members, tag: j)
            let held = group.sessions.contains { $0 < replan.todayIndex }
            var probe = state.usage
            let fits =
                g.supervisor >= 0
                && group.sessions.allSatisfy { d in
                    guard d < replan.todayIndex || probe.sessionFits(instance, group, day: d) else { return false }
                    probe.addSession(instance, group, day: d)
                    return true
                }
            if fits {
                state.usage = probe
                c.groups.append(group)
                continue
            }
            if !held && !base.pinned {
                open.append(group)
                continue
            }
            if g.supervisor < 0 { conflicts += 1 }
            if let tail = retimeTail(group, cohortTag: b, lastTraining: c.days.last ?? 0, usage: state.usage) {
                group.sessions = group.sessions.filter { $0 < replan.todayIndex } + tail
            } else {
                conflicts +=
                    group.sessions.filter {
                        $0 >= replan.todayIndex && !state.usage.sessionFits(instance, group, day: $0)
                    }.count
            }
            for d in group.sessions { state.usage.addSession(instance, group, day: d) }
            c.groups.append(group)
        }
        for group in open {
            if let placed = replaceOpenGroup(group, of: c, usage: &state.usage) {
                c.groups.append(placed)
            } else {
                conflicts += group.sessions.count
                for d in group.sessions { state.usage.addSession(instance, group, day: d) }
                c.groups.append(group)
            }
        }
        state.appendBooked(c)
        return conflicts
    }

    /// A group of a started cohort that has not met and no longer fits: re-timed with its
    /// supervisor, else with another certified supervisor (cheapest first). Books it.
    private func replaceOpenGroup(_ group: GroupState, of c: CohortState, usage: inout ResourceUsage) -> GroupState? {
        let manual = instance.manuals[c.manual]
        let sessions = manual.supervision.sessions
        let others = instance.certified[c.manual].filter { $0 != group.supervisor }.sorted { a, b in
            func cost(_ p: Int) -> Int {
                (group.venue.map { 2 * instance.kmPsychologist(p, $0) * sessions } ?? 0)
                    + (c.trainers.contains(p) ? 0 : instance.weights.continuity)
            }
            return (cost(a), usage.totalLoad[a], a) < (cost(b), usage.totalLoad[b], b)
        }
        let candidates = (instance.certified[c.manual].contains(group.supervisor) ? [group.supervisor] : []) + others
        for supervisor in candidates {
            var single = c
            var g = group
            g.supervisor = supervisor
            single.groups = [g]
            if construction.scheduler.rescheduleGroups(&single, usage: &usage) { return single.groups[0] }
        }
        return nil
    }

    private func inHorizon(_ d: Int) -> Bool { d >= 0 && d < instance.dayCount }

    /// New dates for the sessions on or after today of a fixed group (the earlier ones stay):
    /// the first 7…`startWithinWeeks × 7` days after the last training day when none has
    /// been held, else `E − 7`, `E` or `E + 7` days after the last one held; cheapest by the
    /// group's own terms and S11.
    private func retimeTail(_ g: GroupState, cohortTag: Int, lastTraining: Int, usage: ResourceUsage) -> [Int]? {
        let manual = instance.manuals[replan.cohorts[cohortTag].manual]
        let rules = manual.supervision
        let held = g.sessions.filter { $0 < replan.todayIndex }
        let remaining = max(1, rules.sessions) - held.count
        guard remaining > 0 else { return [] }
        let cadence = rules.cadenceDays
        let gaps = [cadence - 7, cadence, cadence + 7].filter { $0 > 0 }
        let w = instance.weights
        let bit = g.slot.mask
        let shift = replan.sessionShift(instance, cohortTag: cohortTag, g)
        func cost(_ k: Int, _ d: Int) -> Int? {
            guard d >= replan.todayIndex, d < instance.dayCount, usage.sessionFits(instance, g, day: d) else {
                return nil
            }
            var c = instance.isSchoolHoliday[d] ? w.schoolHoliday : 0
            for n in g.members where instance.therapistMask(instance.needs[n].therapist, d) & bit == 0 {
                c += w.missedSupervision
            }
            if let shift, k < shift.days.count, shift.days[k] != d { c += shift.cost }
            return c
        }
        // value[d]: cheapest cost of the sessions so far with the latest on day d.
        var value: [Int: (cost: Int, path: [Int])] = [:]
        let first = held.count
        if let last = held.last {
            for gap in gaps {
                if let c = cost(first, last + gap) {
                    value[last + gap] = (c + (gap == cadence ? 0 : w.irregular), [last + gap])
                }
            }
        } else {
            for d in (lastTraining + 7)...(lastTraining + max(7, rules.startWithinWeeks * 7)) {
                if let c = cost(first, d) { value[d] = (c, [d]) }
            }
        }
        for k in (first + 1)..<(first + remaining) {
            var next: [Int: (cost: Int, path: [Int])] = [:]
            for d in value.keys.sorted() {
                let here = value[d]!
                for gap in gaps {
                    guard let c = cost(k, d + gap) else { continue }
                    let total = here.cost + c + (gap == cadence ? 0 : w.irregular)
                    if next[d + gap].map({ total < $0.cost }) ?? true { next[d + gap] = (total, here.path + [d + gap]) }
                }
            }
            value = next
        }
        return value.min { ($0.value.cost, $0.key) < ($1.value.cost, $1.key) }?.value.path
    }

    // MARK: Meetings

    /// Keeps series `s` as in the base when every meeting still fits, else re-plans its free
    /// meetings; returns the fixed meetings that no longer fit.
    private func planSeries(_ s: Int, into state: inout SearchState) -> Int {
        let series = instance.series[s]
        let fixed = replan.fixedMeetings(s, count: series.count)
        var conflicts = 0
        for m in fixed.compactMap({ $0 }) {
            if m.day >= replan.todayIndex,
                !state.usage.meetingFits(instance, series: series, day: m.day, venue: m.venue)
            {
                conflicts += 1
            }
            state.usage.addMeeting(instance, series: series, day: m.day, venue: m.venue)
        }
        let base = replan.meetings[s]
        if base.count == series.count, base.allSatisfy({ $0 != nil && $0!.venue >= 0 }) {
            var probe = state.usage
            var kept: [MeetingState] = []
            for (k, meeting) in base.enumerated() {
                let m = MeetingState(day: meeting!.day, venue: meeting!.venue)
                if fixed[k] == nil {
                    guard probe.meetingFits(instance, series: series, day: m.day, venue: m.venue) else { break }
                    probe.addMeeting(instance, series: series, day: m.day, venue: m.venue)
                }
                kept.append(m)
            }
            if kept.count == series.count {
                state.usage = probe
                state.setMeetings(s, kept)
                return conflicts
            }
        }
        var attempt = state
        if attempt.replanSeries(s) {
            state = attempt
            return conflicts
        }
        return conflicts  // a series left without meetings is counted by the plan builder
    }

    // MARK: Other base cohorts

    /// Carries a base cohort that has not started over to the new scenario, repairing what
    /// no longer fits; dissolves it (members unassigned) when it cannot be held.
    private func placeMovable(_ b: Int, _ base: ReplanContext.BaseCohort, into state: inout SearchState) {
        guard base.manual >= 0 else { return }
        let training = instance.manuals[base.manual].training
        let taken = Set(state.solution.cohorts.flatMap(\.members))
        var members = base.members.filter { !taken.contains($0) }
        if members.count > training.cohortMax {
            state.markUnassigned(Array(members[training.cohortMax...]))
            members = Array(members[..<training.cohortMax])
        }
        guard members.count >= max(1, training.cohortMin) else {
            state.markUnassigned(members)
            return
        }
        var c = carriedOver(b, base, members: members, usage: state.usage)
        var exact = state.usage
        if isTimed(c), exact.addCohort(instance, c) {
            state.usage = exact
            state.appendBooked(c)
            return
        }
        if construction.scheduler.schedule(&c, usage: &state.usage) {
            state.appendBooked(c)
            return
        }
        if let repaired = rebuilt(b, members: members, keeping: c, usage: &state.usage) {
            state.appendBooked(repaired)
            return
        }
        state.markUnassigned(members)
    }

    /// The base cohort's structure with the people who left replaced: trainers and
    /// supervisors no longer certified or present, a venue that is gone or too small, and
    /// members without a group.
    private func carriedOver(_ b: Int, _ base: ReplanContext.BaseCohort, members: [Int], usage: ResourceUsage)
        -> CohortState
    {
        let m = base.manual
        let manual = instance.manuals[m]
        let certified = Set(instance.certified[m])
        var trainers = Array(base.trainers.filter { certified.contains($0) }.prefix(manual.training.trainers))
        var venue = base.venue
        if venue < 0 || instance.venueCapacity[venue] < members.count + manual.training.trainers {
            venue = construction.designer.venueOptions(manual: m, members: members, usage: usage).first ?? 0
        }
        if trainers.count < manual.training.trainers {
            let spare = instance.certified[m].filter { !trainers.contains($0) }.sorted {
                (instance.kmPsychologist($0, venue), usage.totalLoad[$0], $0)
                    < (instance.kmPsychologist($1, venue), usage.totalLoad[$1], $1)
            }
            trainers += spare.prefix(manual.training.trainers - trainers.count)
        }
        var c = CohortState(
            manual: m, venue: venue, trainers: trainers.sorted(), days: base.days, members: members, groups: [], tag: b)
        let memberSet = Set(members)
        for (j, g) in base.groups.enumerated() {
            let kept = g.members.filter { memberSet.contains($0) }
            guard !kept.isEmpty else { continue }
            var group = GroupState(
                supervisor: g.supervisor, venue: manual.supervision.mode == .virtual ? nil : (g.venue ?? venue),
                slot: g.slot, sessions: g.sessions, members: kept, tag: j)
            if g.supervisor < 0 || !certified.contains(g.supervisor) {
                group.supervisor = construction.designer.chooseSupervisor(
                    c, venue: group.venue ?? c.venue, sessions: manual.supervision.sessions, usage: usage,
                    fromTrainers: false)
            }
            c.groups.append(group)
        }
        let grouped = Set(c.groups.flatMap(\.members))
        for n in members where !grouped.contains(n) {
            let room = c.groups.indices.filter {
                c.groups[$0].members.count < manual.supervision.groupMax
                    && fitsOneMore(c.groups[$0])
            }
            let u = instance.needs[n].municipality
            if let g = room.min(by: { groupKm(u, c.groups[$0]) < groupKm(u, c.groups[$1]) }) {
                c.groups[g].members = (c.groups[g].members + [n]).sorted()
            } else {
                c.groups = construction.designer.formGroups(c, usage: usage)
                break
            }
        }
        replan.retagGroups(&c)
        return c
    }

    /// Whether `c` has every training day and session dated (its groups were not re-formed).
    private func isTimed(_ c: CohortState) -> Bool {
        let manual = instance.manuals[c.manual]
        return c.days.count == manual.training.days && !c.groups.isEmpty
            && c.groups.allSatisfy { $0.sessions.count == manual.supervision.sessions }
    }

    private func groupKm(_ municipality: Int, _ g: GroupState) -> Int {
        g.venue.map { instance.kmMunicipality(municipality, $0) } ?? 0
    }

    /// Whether the venue of group `g` holds one more member (with the supervisor).
    private func fitsOneMore(_ g: GroupState) -> Bool {
        g.venue.map { g.members.count + 2 <= instance.venueCapacity[$0] } ?? true
    }

    /// The cohort with other venues or trainers, groups re-formed, keeping its base id.
    private func rebuilt(_ b: Int, members: [Int], keeping c: CohortState, usage: inout ResourceUsage)
        -> CohortState?
    {
        let designer = construction.designer
        let venues = [c.venue] + designer.venueOptions(manual: c.manual, members: members, usage: usage).prefix(3)
        for v in venues {
            let sets = [c.trainers] + designer.trainerOptions(manual: c.manual, venue: v, usage: usage).prefix(4)
            for set in sets {
                var attempt = c
                attempt.venue = v
                attempt.trainers = set
                attempt.groups = designer.formGroups(attempt, usage: usage)
                guard !attempt.groups.isEmpty else { continue }
                if construction.scheduler.schedule(&attempt, usage: &usage) { return attempt }
            }
        }
        return nil
    }

    // MARK: Needs without a cohort

    /// Puts unassigned needs into existing cohorts with room (keeping their dates where the
    /// newcomer is free), then forms new cohorts from what is left of each manual.
    private func insertUnassigned(into state: inout SearchState) {
        for n in state.solution.unassigned {
            let m = instance.needs[n].manual
            let u = instance.needs[n].municipality
            let hosts = state.movableCohorts.filter {
                let c = state.solution.cohorts[$0]
                return c.manual == m && c.members.count < instance.manuals[m].training.cohortMax
                    && c.members.count + c.trainers.count < instance.venueCapacity[c.venue]
            }.sorted {
                let a = instance.kmMunicipality(u, state.solution.cohorts[$0].venue)
                let b = instance.kmMunicipality(u, state.solution.cohorts[$1].venue)
                return (a, $0) < (b, $1)
            }
            for i in hosts where host(n, in: i, state: &state) { break }
        }
        for m in instance.manuals.indices {
            let waiting = state.solution.unassigned.filter { instance.needs[$0].manual == m }
            let training = instance.manuals[m].training
            guard waiting.count >= max(1, training.cohortMin), instance.certified[m].count >= training.trainers else {
                continue
            }
            let (chunks, _) = construction.partition(waiting, manual: m)
            for chunk in chunks {
                guard let c = construction.build(manual: m, members: chunk, usage: &state.usage) else { continue }
                state.appendBooked(c)
                state.solution.unassigned.removeAll { chunk.contains($0) }
            }
        }
    }

    /// Adds need `n` to cohort `i`: into a group with room, at the cohort's dates when
    /// possible, else re-timed. False (state unchanged) when it does not fit.
    private func host(_ n: Int, in i: Int, state: inout SearchState) -> Bool {
        var attempt = state
        var c = attempt.removeCohort(at: i)
        let manual = instance.manuals[c.manual]
        c.members = (c.members + [n]).sorted()
        let u = instance.needs[n].municipality
        let room = c.groups.indices.filter {
            c.groups[$0].members.count < manual.supervision.groupMax
                && fitsOneMore(c.groups[$0])
        }
        if let g = room.min(by: { (groupKm(u, c.groups[$0]), $0) < (groupKm(u, c.groups[$1]), $1) }) {
            c.groups[g].members = (c.groups[g].members + [n]).sorted()
        } else {
            c.groups = construction.designer.formGroups(c, usage: attempt.usage)
            guard !c.groups.isEmpty else { return false }
        }
        replan.retagGroups(&c)
        var exact = attempt.usage
        if isTimed(c), exact.addCohort(instance, c) {
            attempt.usage = exact
        } else if !construction.scheduler.schedule(&c, usage: &attempt.usage) {
            return false
        }
        attempt.appendBooked(c)
        attempt.solution.unassigned.removeAll { $0 == n }
        state = attempt
        return true
    }
}
