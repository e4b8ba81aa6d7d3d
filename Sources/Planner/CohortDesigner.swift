/// Chooses a cohort's structure: venue, trainers and the supervision groups (members,
/// venue, supervisor), by travel (S2) and continuity (S7). Timing is left to
/// ``CohortScheduler``.
struct CohortDesigner {
    let instance: Instance

    /// Trainer sets for `manual` at `venue`, cheapest travel first (ties: lighter load,
    /// then lower index). At most `limit` sets.
    func trainerOptions(manual m: Int, venue v: Int, usage: ResourceUsage, limit: Int = 12) -> [[Int]] {
        let need = instance.manuals[m].training.trainers
        let pool = instance.certified[m]
        guard need >= 1, pool.count >= need else { return need == 0 ? [[]] : [] }
        var sets: [[Int]] = []
        func build(_ start: Int, _ chosen: [Int]) {
            if chosen.count == need { sets.append(chosen); return }
            guard start < pool.count, sets.count < 2000 else { return }
            for i in start..<pool.count { build(i + 1, chosen + [pool[i]]) }
        }
        build(0, [])
        let keyed = sets.map { set in
            (set, set.reduce(0) { $0 + instance.kmPsychologist($1, v) }, set.reduce(0) { $0 + usage.totalLoad[$1] })
        }
        let sorted = keyed.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            return a.0.lexicographicallyPrecedes(b.0)
        }
        return sorted.prefix(limit).map(\.0)
    }

    /// Venues that hold the cohort, cheapest training travel first (with the cheapest trainers).
    func venueOptions(manual m: Int, members: [Int], usage: ResourceUsage) -> [Int] {
        let manual = instance.manuals[m]
        let size = members.count + manual.training.trainers
        var keyed: [(Int, Int)] = []
        for v in 0..<instance.venueCount where instance.venueCapacity[v] >= size && instance.venueRooms[v] > 0 {
            var km = members.reduce(0) { $0 + instance.kmMunicipality(instance.needs[$1].municipality, v) }
            if let trainers = trainerOptions(manual: m, venue: v, usage: usage, limit: 1).first {
                km += trainers.reduce(0) { $0 + instance.kmPsychologist($1, v) }
            }
            keyed.append((v, km))
        }
        return keyed.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Splits the members of `cohort` into supervision groups and picks their venues and
    /// supervisors. With `extraGroups` > 0 it uses that many groups beyond the minimum.
    func formGroups(_ cohort: CohortState, usage: ResourceUsage, extraGroups: Int = 0,
                    supervisorsFromTrainers: Bool = false) -> [GroupState] {
        let manual = instance.manuals[cohort.manual]
        let members = cohort.members
        let n = members.count
        let size = max(1, manual.supervision.groupMax)
        let kMin = (n + size - 1) / size
        let k = min(n, kMin + extraGroups)
        guard n > 0, k > 0 else { return [] }
        let sessions = manual.supervision.sessions
        if manual.supervision.mode == .virtual {
            let sorted = members.sorted {
                let a = instance.needs[$0].municipality, b = instance.needs[$1].municipality
                return a != b ? a < b : $0 < $1
            }
            let trainers = cohort.trainers.sorted {
                usage.totalLoad[$0] != usage.totalLoad[$1] ? usage.totalLoad[$0] < usage.totalLoad[$1] : $0 < $1
            }
            var groups: [GroupState] = []
            var start = 0
            for g in 0..<k {
                let count = n / k + (g < n % k ? 1 : 0)
                let chunk = Array(sorted[start..<(start + count)]).sorted()
                start += count
                let supervisor = trainers.isEmpty ? instance.certified[cohort.manual].first ?? 0 : trainers[g % trainers.count]
                groups.append(GroupState(supervisor: supervisor, venue: -1, slot: 0, sessions: [], members: chunk))
            }
            return groups
        }
        let candidates = (0..<instance.venueCount).filter { instance.venueCapacity[$0] >= 2 && instance.venueRooms[$0] > 0 }
        guard !candidates.isEmpty else { return [] }
        var best: (cost: Int, groups: [GroupState])?
        var tuple = [Int](repeating: 0, count: k)
        func evaluate() {
            let venues = tuple.map { candidates[$0] }
            let capacity = venues.map { min(size, instance.venueCapacity[$0] - 1) }
            guard capacity.reduce(0, +) >= n else { return }
            // Members by regret: how much worse their second choice is.
            let ordered = members.map { member -> (Int, Int) in
                let u = instance.needs[member].municipality
                let kms = venues.map { instance.kmMunicipality(u, $0) }.sorted()
                return (member, kms.count > 1 ? kms[1] - kms[0] : 0)
            }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var assigned = [[Int]](repeating: [], count: k)
            for (member, _) in ordered {
                let u = instance.needs[member].municipality
                var choice = -1
                for g in 0..<k where assigned[g].count < capacity[g] {
                    if choice < 0 || instance.kmMunicipality(u, venues[g]) < instance.kmMunicipality(u, venues[choice]) {
                        choice = g
                    }
                }
                guard choice >= 0 else { return }
                assigned[choice].append(member)
            }
            guard assigned.allSatisfy({ !$0.isEmpty }) else { return }
            var cost = 0
            var groups: [GroupState] = []
            for g in 0..<k {
                let v = venues[g]
                let supervisor = chooseSupervisor(cohort, venue: v, sessions: sessions, usage: usage,
                                                  fromTrainers: supervisorsFromTrainers)
                var km = instance.kmPsychologist(supervisor, v)
                for member in assigned[g] { km += instance.kmMunicipality(instance.needs[member].municipality, v) }
                cost += 2 * km * sessions * instance.weights.travelPerKm
                if !cohort.trainers.contains(supervisor) { cost += instance.weights.continuity }
                groups.append(GroupState(supervisor: supervisor, venue: v, slot: 0, sessions: [], members: assigned[g].sorted()))
            }
            if best == nil || cost < best!.cost { best = (cost, groups) }
        }
        func enumerate(_ position: Int, _ from: Int) {
            if position == k { evaluate(); return }
            for i in from..<candidates.count {
                tuple[position] = i
                enumerate(position + 1, i)
            }
        }
        enumerate(0, 0)
        return best?.groups ?? []
    }

    /// The supervisor of a physical group at `venue`: cheapest travel plus continuity.
    func chooseSupervisor(_ cohort: CohortState, venue: Int, sessions: Int, usage: ResourceUsage, fromTrainers: Bool) -> Int {
        let pool = fromTrainers && !cohort.trainers.isEmpty ? cohort.trainers : instance.certified[cohort.manual]
        var best = -1
        var bestKey = (Int.max, Int.max)
        for p in pool {
            var cost = venue >= 0 ? 2 * instance.kmPsychologist(p, venue) * sessions * instance.weights.travelPerKm : 0
            if !cohort.trainers.contains(p) { cost += instance.weights.continuity }
            let key = (cost, usage.totalLoad[p])
            if key < bestKey {
                bestKey = key
                best = p
            }
        }
        return max(0, best)
    }
}
