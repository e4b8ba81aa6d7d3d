import ConstraintSolver
import Foundation
import PlanningModel

/// Improves a plan by large-neighbourhood search: each iteration removes a few cohorts (or
/// a meeting series), changes their structure (members, venue, trainers, groups), re-times
/// them with ``CohortScheduler`` against everything else, and keeps the result under a
/// simulated-annealing rule. Every intermediate plan obeys all hard rules.
struct LargeNeighbourhoodSearch {
    let instance: Instance
    let construction: Construction
    let moves: MoveMix
    var state: SearchState
    var best: SearchState
    var bestTotal: Int
    /// The best plan since the last ``restart(from:)`` (or the start).
    private(set) var cycleBest: SearchState
    private(set) var cycleBestTotal: Int
    var rng: SplitMix64
    private(set) var iterations = 0

    init(start: SearchState, seed: UInt64, moves: MoveMix = MoveMix()) {
        instance = start.instance
        construction = Construction(instance: start.instance)
        self.moves = moves
        state = start
        best = start
        bestTotal = start.total
        cycleBest = start
        cycleBestTotal = bestTotal
        rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 0x1234_5678)
    }

    /// Continues the search from `start` (a plan found earlier in this search).
    mutating func restart(from start: SearchState) {
        state = start
        cycleBest = start
        cycleBestTotal = start.total
    }

    /// Runs one iteration at the given temperature (0 = only improvements and ties).
    mutating func step(temperature: Double) {
        iterations += 1
        let before = state.total
        let snapshot = state
        let changed = randomMove()
        guard changed else {
            state = snapshot
            return
        }
        let after = state.total
        let accept: Bool
        if after <= before {
            accept = true
        } else if temperature > 0 {
            let u = Double(rng.next() >> 11) / Double(1 << 53)
            accept = u < exp(-Double(after - before) / temperature)
        } else {
            accept = false
        }
        if !accept {
            state = snapshot
            return
        }
        if after < cycleBestTotal {
            cycleBest = state
            cycleBestTotal = after
        }
        if after < bestTotal {
            best = state
            bestTotal = after
        }
    }

    // MARK: Moves

    private mutating func randomMove() -> Bool {
        let cohorts = state.movableCohorts.count
        let hasUnassigned = !state.solution.unassigned.isEmpty
        var roll = rng.below(max(1, moves.total))
        if hasUnassigned && roll < moves.insertUnassigned { return insertUnassigned() }
        if cohorts == 0 { return hasUnassigned ? insertUnassigned() : replanMeetings() }
        for move in Move.allCases {
            let share = moves.share(of: move)
            if roll < share { return apply(move) }
            roll -= share
        }
        return retime(two: true)
    }

    private mutating func apply(_ move: Move) -> Bool {
        switch move {
        case .moveMembers: moveMembers(swap: false)
        case .swapMembers: moveMembers(swap: true)
        case .newVenue: redesign(changeVenue: true)
        case .newTrainers: redesign(changeVenue: false)
        case .regroup: regroup()
        case .retime: retime()
        case .mergeOrSplit: mergeOrSplit()
        case .replanMeetings: replanMeetings()
        case .retimeTwo: retime(two: true)
        }
    }

    /// Removes cohorts at `indices` and books `replacements` (unscheduled structures) in the
    /// given order; false when one of them cannot be timed (the caller restores the state).
    private mutating func rebuild(_ indices: [Int], _ replacements: [CohortState]) -> Bool {
        for i in indices.sorted(by: >) { _ = state.removeCohort(at: i) }
        for var c in replacements {
            guard construction.scheduler.schedule(&c, usage: &state.usage) else { return false }
            state.appendBooked(c)
        }
        return true
    }

    private mutating func randomCohort() -> Int {
        guard instance.replan != nil else { return rng.below(state.solution.cohorts.count) }
        let movable = state.movableCohorts
        return movable[rng.below(movable.count)]
    }

    private mutating func retime(two: Bool = false) -> Bool {
        var indices = [randomCohort()]
        // Two distinct cohorts only when two may move (a re-plan's history and pins stay).
        if two, state.movableCohorts.count > 1 {
            var j = randomCohort()
            while j == indices[0] { j = randomCohort() }
            indices.append(j)
        }
        var cs = indices.map { state.solution.cohorts[$0] }
        if rng.chance(1, in: 2) { cs.reverse() }
        return rebuild(indices, cs)
    }

    /// New venue and/or trainers for one cohort, groups re-formed.
    private mutating func redesign(changeVenue: Bool) -> Bool {
        let i = randomCohort()
        var c = state.solution.cohorts[i]
        _ = state.removeCohort(at: i)
        if changeVenue {
            let venues = construction.designer.venueOptions(manual: c.manual, members: c.members, usage: state.usage)
            guard !venues.isEmpty else { return false }
            c.venue = venues[rng.below(min(4, venues.count))]
            let sets = construction.designer.trainerOptions(
                manual: c.manual, venue: c.venue, usage: state.usage, limit: 3)
            guard !sets.isEmpty else { return false }
            c.trainers = sets[rng.below(sets.count)]
        } else {
            let sets = construction.designer.trainerOptions(
                manual: c.manual, venue: c.venue, usage: state.usage, limit: 10)
            guard !sets.isEmpty else { return false }
            c.trainers = sets[rng.below(sets.count)]
        }
        c.groups = construction.designer.formGroups(
            c, usage: state.usage, extraGroups: 0,
            supervisorsFromTrainers: rng.chance(1, in: 3))
        guard !c.groups.isEmpty else { return false }
        return rebuild([], [c])
    }

    /// Changes the supervision groups of one cohort: a re-partition, another supervisor, or
    /// one member moved between groups.
    private mutating func regroup() -> Bool {
        let i = randomCohort()
        var c = state.solution.cohorts[i]
        _ = state.removeCohort(at: i)
        let manual = instance.manuals[c.manual]
        switch rng.below(3) {
        case 0:
            c.groups = construction.designer.formGroups(
                c, usage: state.usage, extraGroups: rng.below(2),
                supervisorsFromTrainers: rng.chance(1, in: 2))
        case 1:
            guard !c.groups.isEmpty else { return false }
            let g = rng.below(c.groups.count)
            let pool = instance.certified[c.manual]
            c.groups[g].supervisor = pool[rng.below(pool.count)]
        default:
            guard c.groups.count >= 2 else { return false }
            let a = rng.below(c.groups.count)
            var b = rng.below(c.groups.count)
            if a == b { b = (b + 1) % c.groups.count }
            guard c.groups[a].members.count > 1, c.groups[b].members.count < manual.supervision.groupMax else {
                return false
            }
            let k = rng.below(c.groups[a].members.count)
            let moved = c.groups[a].members.remove(at: k)
            c.groups[b].members = (c.groups[b].members + [moved]).sorted()
            if let venue = c.groups[b].venue, c.groups[b].members.count + 1 > instance.venueCapacity[venue] {
                return false
            }
        }
        guard !c.groups.isEmpty else { return false }
        return rebuild([], [c])
    }

    /// Moves some of one municipality's therapists to another cohort of the same manual, or
    /// swaps two therapists between cohorts.
    private mutating func moveMembers(swap: Bool) -> Bool {
        let i = randomCohort()
        let source = state.solution.cohorts[i]
        let siblings = state.solution.cohorts.indices.filter {
            $0 != i && state.solution.cohorts[$0].manual == source.manual && state.isMovable($0)
        }
        guard !siblings.isEmpty else { return false }
        let j = siblings[rng.below(siblings.count)]
        var a = source
        var b = state.solution.cohorts[j]
        let training = instance.manuals[a.manual].training
        let pick = a.members[rng.below(a.members.count)]
        let u = instance.needs[pick].municipality
        if swap {
            let others = b.members.filter { instance.needs[$0].municipality != u }
            guard !others.isEmpty else { return false }
            let back = others[rng.below(others.count)]
            a.members = (a.members.filter { $0 != pick } + [back]).sorted()
            b.members = (b.members.filter { $0 != back } + [pick]).sorted()
        } else {
            let block = a.members.filter { instance.needs[$0].municipality == u }
            let moving = rng.chance(2, in: 3) ? block : [pick]
            a.members = a.members.filter { !moving.contains($0) }
            b.members = (b.members + moving).sorted()
        }
        guard b.members.count <= training.cohortMax,
            a.members.isEmpty || a.members.count >= training.cohortMin
        else { return false }
        var replacements: [CohortState] = []
        for var c in [a, b] where !c.members.isEmpty {
            if rng.chance(1, in: 2) {
                let venues = construction.designer.venueOptions(
                    manual: c.manual, members: c.members, usage: state.usage)
                guard let v = venues.first else { return false }
                c.venue = v
            }
            guard c.members.count + c.trainers.count <= instance.venueCapacity[c.venue] else { return false }
            c.groups = construction.designer.formGroups(
                c, usage: state.usage, supervisorsFromTrainers: rng.chance(1, in: 3))
            guard !c.groups.isEmpty else { return false }
            replacements.append(c)
        }
        if rng.chance(1, in: 2) { replacements.reverse() }
        return rebuild([i, j], replacements)
    }

    /// Merges two cohorts of a manual, or splits one in two.
    private mutating func mergeOrSplit() -> Bool {
        let i = randomCohort()
        let c = state.solution.cohorts[i]
        let training = instance.manuals[c.manual].training
        if rng.chance(1, in: 2) {
            let siblings = state.solution.cohorts.indices.filter {
                $0 != i && state.solution.cohorts[$0].manual == c.manual && state.isMovable($0)
            }
            guard !siblings.isEmpty else { return false }
            let j = siblings[rng.below(siblings.count)]
            let members = (c.members + state.solution.cohorts[j].members).sorted()
            guard members.count <= training.cohortMax else { return false }
            for k in [i, j].sorted(by: >) { _ = state.removeCohort(at: k) }
            guard
                let merged = construction.build(
                    manual: c.manual, members: members, usage: &state.usage,
                    venueTries: 2, trainerTries: 2)
            else { return false }
            state.appendBooked(merged)
            return true
        }
        guard c.members.count >= 2 * max(1, training.cohortMin) else { return false }
        let sorted = c.members.sorted {
            let la = instance.scenario.municipalities[instance.needs[$0].municipality].location.lon
            let lb = instance.scenario.municipalities[instance.needs[$1].municipality].location.lon
            return la != lb ? la < lb : $0 < $1
        }
        let lowest = max(1, training.cohortMin)
        let cut = lowest + rng.below(sorted.count - 2 * lowest + 1)
        _ = state.removeCohort(at: i)
        for part in [Array(sorted[..<cut]), Array(sorted[cut...])] {
            guard
                let built = construction.build(
                    manual: c.manual, members: part, usage: &state.usage,
                    venueTries: 2, trainerTries: 2)
            else { return false }
            state.appendBooked(built)
        }
        return true
    }

    /// Puts unassigned needs into an existing cohort with room, or forms a new cohort from them.
    private mutating func insertUnassigned() -> Bool {
        let unassigned = state.solution.unassigned
        let n = unassigned[rng.below(unassigned.count)]
        let m = instance.needs[n].manual
        let training = instance.manuals[m].training
        guard instance.certified[m].count >= training.trainers else { return false }
        let sameManual = unassigned.filter { instance.needs[$0].manual == m }
        let hosts = state.solution.cohorts.indices.filter {
            state.solution.cohorts[$0].manual == m && state.solution.cohorts[$0].members.count < training.cohortMax
                && state.isMovable($0)
        }
        if !hosts.isEmpty, rng.chance(2, in: 3) || sameManual.count < training.cohortMin {
            let i = hosts[rng.below(hosts.count)]
            var c = state.solution.cohorts[i]
            c.members = (c.members + [n]).sorted()
            guard c.members.count + c.trainers.count <= instance.venueCapacity[c.venue] else { return false }
            _ = state.removeCohort(at: i)
            c.groups = construction.designer.formGroups(c, usage: state.usage)
            guard !c.groups.isEmpty else { return false }
            state.solution.unassigned.removeAll { $0 == n }
            return rebuild([], [c])
        }
        guard sameManual.count >= max(1, training.cohortMin) else { return false }
        let members = Array(sameManual.prefix(training.cohortMax))
        guard let built = construction.build(manual: m, members: members, usage: &state.usage) else { return false }
        state.appendBooked(built)
        state.solution.unassigned.removeAll { members.contains($0) }
        return true
    }

    private mutating func replanMeetings() -> Bool {
        guard !instance.series.isEmpty else { return false }
        let s = rng.below(instance.series.count)
        if instance.replan != nil { return state.replanSeries(s) }
        state.clearMeetings(s)
        guard let planned = MeetingScheduler(instance: instance).schedule(instance.series[s], usage: &state.usage)
        else {
            return false
        }
        state.setMeetings(s, planned)
        return true
    }
}
