/// Chooses a cohort's structure: venue, trainers and the supervision groups (members,
/// venue, supervisor), by travel (S2) and continuity (S7). Timing is left to
/// ``CohortScheduler``.
struct CohortDesigner {
    let instance: Instance

    /// Trainer sets for `manual` at `venue`, cheapest travel first (ties: lighter load,
    /// then lower index). At most `limit` sets.
    ///
    /// Every set of the certified pool is visited in lexicographic order, but only the best
    /// `limit` are kept (an insertion into a short sorted list) and nothing is allocated per
    /// set, so a pool of 90 psychologists (N = 300 generated scenarios) costs microseconds
    /// where sorting every set as an array of arrays cost milliseconds per call.
    ///
    /// - Complexity: O(C(pool, trainers) · limit) comparisons, usually far fewer thanks to
    ///   a travel bound that skips branches which cannot enter a full list.
    func trainerOptions(manual m: Int, venue v: Int, usage: ResourceUsage, limit: Int = 12) -> [[Int]] {
        let need = instance.manuals[m].training.trainers
        let pool = instance.certified[m]
        guard need >= 1, pool.count >= need else { return need == 0 ? [[]] : [] }
        guard limit > 0 else { return [] }
        let km = pool.map { instance.kmPsychologist($0, v) }
        let load = pool.map { usage.totalLoad[$0] }
        let minKm = km.min() ?? 0
        // The best sets so far: keys ascending, ties in visiting (= lexicographic) order.
        var keys: [(km: Int, load: Int)] = []
        var sets: [[Int]] = []
        var chosen = [Int](repeating: 0, count: need)
        func visit(_ depth: Int, _ start: Int, _ kmSum: Int, _ loadSum: Int) {
            if depth == need {
                let key = (km: kmSum, load: loadSum)
                if keys.count == limit, !(key < keys[limit - 1]) { return }
                var i = keys.count
                while i > 0, key < keys[i - 1] { i -= 1 }
                keys.insert(key, at: i)
                sets.insert(chosen, at: i)
                if keys.count > limit {
                    keys.removeLast()
                    sets.removeLast()
                }
                return
            }
            if keys.count == limit, kmSum + (need - depth) * minKm > keys[limit - 1].km { return }
            for i in start...(pool.count - (need - depth)) {
                chosen[depth] = pool[i]
                visit(depth + 1, i + 1, kmSum + km[i], loadSum + load[i])
            }
        }
        visit(0, 0, 0, 0)
        return sets
    }

    /// Travel of the cheapest trainer set of `manual` at `venue`: the sum of the
    /// `training.trainers` smallest distances from the certified psychologists' homes
    /// (the travel of ``trainerOptions(manual:venue:usage:limit:)``'s first set).
    func cheapestTrainerKm(manual m: Int, venue v: Int) -> Int? {
        let need = instance.manuals[m].training.trainers
        let pool = instance.certified[m]
        guard pool.count >= need else { return nil }
        return pool.map { instance.kmPsychologist($0, v) }.sorted().prefix(need).reduce(0, +)
    }

    /// Venues that hold the cohort, cheapest training travel first (with the cheapest trainers).
    func venueOptions(manual m: Int, members: [Int], usage: ResourceUsage) -> [Int] {
        let manual = instance.manuals[m]
        let size = members.count + manual.training.trainers
        var keyed: [(Int, Int)] = []
        for v in 0..<instance.venueCount where instance.venueCapacity[v] >= size && instance.venueRooms[v] > 0 {
            var km = members.reduce(0) { $0 + instance.kmMunicipality(instance.needs[$1].municipality, v) }
            km += cheapestTrainerKm(manual: m, venue: v) ?? 0
            keyed.append((v, km))
        }
        return keyed.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }

    /// Splits the members of `cohort` into supervision groups and picks their venues and
    /// supervisors. With `extraGroups` > 0 it uses that many groups beyond the minimum.
    func formGroups(
        _ cohort: CohortState, usage: ResourceUsage, extraGroups: Int = 0,
        supervisorsFromTrainers: Bool = false
    ) -> [GroupState] {
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
                let a = instance.needs[$0].municipality
                let b = instance.needs[$1].municipality
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
                let supervisor =
                    trainers.isEmpty ? instance.certified[cohort.manual].first ?? 0 : trainers[g % trainers.count]
                groups.append(GroupState(supervisor: supervisor, venue: nil, slot: .am, sessions: [], members: chunk))
            }
            return groups
        }
        let candidates = groupVenueCandidates(cohort)
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
                    if choice < 0 || instance.kmMunicipality(u, venues[g]) < instance.kmMunicipality(u, venues[choice])
                    {
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
                let supervisor = chooseSupervisor(
                    cohort, venue: v, sessions: sessions, usage: usage,
                    fromTrainers: supervisorsFromTrainers)
                var km = instance.kmPsychologist(supervisor, v)
                for member in assigned[g] { km += instance.kmMunicipality(instance.needs[member].municipality, v) }
                cost += 2 * km * sessions * instance.weights.travelPerKm
                if !cohort.trainers.contains(supervisor) { cost += instance.weights.continuity }
                groups.append(
                    GroupState(supervisor: supervisor, venue: v, slot: .am, sessions: [], members: assigned[g].sorted())
                )
            }
            if best == nil || cost < best!.cost { best = (cost, groups) }
        }
        func enumerate(_ position: Int, _ from: Int) {
            if position == k {
                evaluate()
                return
            }
            for i in from..<candidates.count {
                tuple[position] = i
                enumerate(position + 1, i)
            }
        }
        enumerate(0, 0)
        return best?.groups ?? []
    }

    /// Venues that can host the physical supervision groups of `cohort`, ascending.
    ///
    /// ``formGroups(_:usage:extraGroups:supervisorsFromTrainers:)`` tries every multiset of
    /// these, one venue per group: C(V + k − 1, k) tuples for V venues and k groups, which
    /// is 37 820 for the 60 venues and three groups of a generated N = 300 scenario. Beyond
    /// ``groupVenueLimit`` venues the list keeps only those a good tuple can use: each member
    /// municipality's nearest venue, the ``groupVenueLimit`` venues with the least travel
    /// for all members together, and the cohort's training venue. Scenarios with at most
    /// ``groupVenueLimit`` venues (the shared ones have six) keep every venue.
    func groupVenueCandidates(_ cohort: CohortState) -> [Int] {
        let all = (0..<instance.venueCount).filter { instance.venueCapacity[$0] >= 2 && instance.venueRooms[$0] > 0 }
        guard all.count > Self.groupVenueLimit else { return all }
        let municipalities = Set(cohort.members.map { instance.needs[$0].municipality })
        var keep = Set<Int>()
        if all.contains(cohort.venue) { keep.insert(cohort.venue) }
        for u in municipalities {
            if let nearest = all.min(by: { (instance.kmMunicipality(u, $0), $0) < (instance.kmMunicipality(u, $1), $1) }
            ) {
                keep.insert(nearest)
            }
        }
        let travel = all.map { v in
            (v, cohort.members.reduce(0) { $0 + instance.kmMunicipality(instance.needs[$1].municipality, v) })
        }
        for (v, _) in travel.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }).prefix(Self.groupVenueLimit) { keep.insert(v) }
        return keep.sorted()
    }

    /// Most venues ``groupVenueCandidates(_:)`` offers without cutting the list.
    static let groupVenueLimit = 8

    /// The supervisor of a physical group at `venue`: cheapest travel plus continuity.
    func chooseSupervisor(_ cohort: CohortState, venue: Int, sessions: Int, usage: ResourceUsage, fromTrainers: Bool)
        -> Int
    {
        let pool = fromTrainers && !cohort.trainers.isEmpty ? cohort.trainers : instance.certified[cohort.manual]
        var best = -1
        var bestKey = (Int.max, Int.max)
        for p in pool {
            var cost = 2 * instance.kmPsychologist(p, venue) * sessions * instance.weights.travelPerKm
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
