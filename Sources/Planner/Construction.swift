/// The first plan: meetings, then cohorts manual by manual (scarcest certification first),
/// each booked only when every hard rule holds, so needs that do not fit are left
/// unassigned rather than breaking a rule.
struct Construction {
    let instance: Instance
    let designer: CohortDesigner
    let scheduler: CohortScheduler

    init(instance: Instance) {
        self.instance = instance
        designer = CohortDesigner(instance: instance)
        scheduler = CohortScheduler(instance: instance)
    }

    /// Builds a cohort of `members` for manual `m` and books it: venues and trainer sets
    /// are tried cheapest first until one can be timed. `venue` and `trainers` fix those
    /// choices when given.
    func build(
        manual m: Int, members: [Int], usage: inout ResourceUsage, venue: Int? = nil,
        trainers: [Int]? = nil, extraGroups: Int = 0, venueTries: Int = 3, trainerTries: Int = 4
    ) -> CohortState? {
        let training = instance.manuals[m].training
        guard members.count >= max(1, training.cohortMin), members.count <= training.cohortMax else { return nil }
        let venues =
            venue.map { [$0] }
            ?? Array(designer.venueOptions(manual: m, members: members, usage: usage).prefix(venueTries))
        for v in venues {
            let trainerSets =
                trainers.map { [$0] }
                ?? Array(designer.trainerOptions(manual: m, venue: v, usage: usage).prefix(trainerTries))
            for set in trainerSets {
                for fromTrainers in [false, true] {
                    var c = CohortState(
                        manual: m, venue: v, trainers: set, days: [], members: members.sorted(), groups: [])
                    c.groups = designer.formGroups(
                        c, usage: usage, extraGroups: extraGroups, supervisorsFromTrainers: fromTrainers)
                    guard !c.groups.isEmpty else { continue }
                    if scheduler.schedule(&c, usage: &usage) { return c }
                }
            }
        }
        return nil
    }

    /// The construction itself.
    ///
    /// - Parameter shouldStop: asked before each cohort is built. Once it answers yes, the
    ///   needs not yet placed are left unassigned, so a time limit shorter than the
    ///   construction (seconds for thousands of needs on a busy machine) is still kept
    ///   and the plan still obeys every hard rule. Meeting series are always planned.
    func run(shouldStop: () -> Bool = { false }) -> SearchState {
        var state = SearchState(instance: instance)
        let model = MeetingSeriesModel(instance: instance)
        let meetings = MeetingScheduler(instance: instance)
        for s in instance.series {
            if let planned = model.schedule(s, usage: &state.usage) ?? meetings.schedule(s, usage: &state.usage) {
                state.setMeetings(s.index, planned)
            }
        }
        let order = instance.manuals.indices.sorted {
            let a = instance.certified[$0].count
            let b = instance.certified[$1].count
            return a != b ? a < b : $0 < $1
        }
        for m in order {
            let needs = instance.needsOfManual[m]
            guard !needs.isEmpty else { continue }
            let training = instance.manuals[m].training
            guard instance.certified[m].count >= training.trainers, needs.count >= max(1, training.cohortMin) else {
                state.markUnassigned(needs)
                continue
            }
            let (chunks, left) = partition(needs, manual: m)
            for chunk in chunks {
                if !shouldStop(), let c = build(manual: m, members: chunk, usage: &state.usage) {
                    state.appendBooked(c)
                } else {
                    state.markUnassigned(chunk)
                }
            }
            if !left.isEmpty { state.markUnassigned(left) }
        }
        return state
    }

    /// Splits a manual's needs into the fewest cohorts that respect `cohortMax`, west to
    /// east, keeping each municipality's therapists together where sizes allow. Every chunk
    /// has `cohortMin…cohortMax` needs (H3); when the needs cannot all be split so (9 needs,
    /// cohorts of exactly 5), the ones that do not fit are returned as `left` (the last
    /// ready), for the search to place or leave unassigned.
    func partition(_ needs: [Int], manual m: Int) -> (chunks: [[Int]], left: [Int]) {
        let training = instance.manuals[m].training
        let maxSize = max(1, training.cohortMax)
        let minSize = min(max(1, training.cohortMin), maxSize)
        guard needs.count >= minSize else { return ([], needs) }
        var k = max(1, (needs.count + maxSize - 1) / maxSize)
        var used = needs.count
        if needs.count / k < minSize {
            k = needs.count / minSize
            used = min(needs.count, k * maxSize)
        }
        let municipalities = instance.scenario.municipalities
        let sorted = needs.sorted {
            let a = instance.needs[$0]
            let b = instance.needs[$1]
            if a.readyIndex != b.readyIndex, k > 1 { return a.readyIndex < b.readyIndex }
            let la = municipalities[a.municipality].location.lon
            let lb = municipalities[b.municipality].location.lon
            if la != lb { return la < lb }
            return $0 < $1
        }
        var chunks: [[Int]] = []
        var start = 0
        for i in 0..<k {
            let size = used / k + (i < used % k ? 1 : 0)
            chunks.append(Array(sorted[start..<(start + size)]))
            start += size
        }
        return (chunks, Array(sorted[start...]))
    }
}
