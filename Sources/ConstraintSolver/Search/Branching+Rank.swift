/// Rank branching over disjunctive resources.
extension Branching {
    /// Ranks the tasks of unary resources one at a time, first to last.
    ///
    /// At each node the resource with the least slack among those with unranked tasks is
    /// chosen (slack = latest end − earliest start − total duration of its unranked tasks);
    /// a task is unranked while one of its order literals is unfixed. The alternatives rank
    /// each candidate first among the unranked tasks (its literals "before every other
    /// unranked task" set true), candidates by earliest start, then latest start. A candidate
    /// must be able to end before every other unranked task's latest start.
    ///
    /// Complete: in every schedule the earliest unranked task is a candidate. Once every
    /// order is fixed the branching returns no alternative and the search labels the
    /// remaining start times by their minimum; in a model of precedences and resources
    /// (a job shop) that is the earliest schedule of the fixed orders and never fails.
    ///
    /// - Parameter resources: resources from ``Solver/addDisjunctive(_:)``.
    /// - Returns: the branching.
    /// - Complexity: O(Σ n²) per node for resources of n tasks.
    public static func rank(_ resources: [DisjunctiveResource]) -> Branching {
        Branching { s in
            var bestResource = -1
            var bestSlack = Int.max
            var bestUnranked: [Int] = []
            var unranked: [Bool] = []
            for (r, resource) in resources.enumerated() {
                let n = resource.intervals.count
                unranked.removeAll(keepingCapacity: true)
                unranked.append(contentsOf: repeatElement(false, count: n))
                var p = 0
                for a in 0..<n {
                    for b in (a + 1)..<n {
                        if !s.isFixed(resource.orders[p].int) {
                            unranked[a] = true
                            unranked[b] = true
                        }
                        p += 1
                    }
                }
                var lo = Int.max
                var hi = Int.min
                var work = 0
                var members: [Int] = []
                for k in 0..<n where unranked[k] {
                    let iv = resource.intervals[k]
                    lo = Swift.min(lo, s.min(iv.start))
                    hi = Swift.max(hi, s.max(iv.start) + iv.duration)
                    work += iv.duration
                    members.append(k)
                }
                if members.isEmpty { continue }
                let slack = hi - lo - work
                if slack < bestSlack {
                    bestSlack = slack
                    bestResource = r
                    bestUnranked = members
                }
            }
            if bestResource < 0 { return [] }
            let resource = resources[bestResource]
            let members = bestUnranked
            var candidates: [(task: Int, est: Int, lst: Int)] = []
            for i in members {
                let iv = resource.intervals[i]
                let ect = s.min(iv.start) + iv.duration
                var possible = true
                for j in members where j != i {
                    let lit = resource.before(j, i)
                    if s.isFixed(lit.variable.int) && (s.min(lit.variable.int) == 1) == lit.isPositive {
                        possible = false
                        break
                    }
                    if ect > s.max(resource.intervals[j].start) {
                        possible = false
                        break
                    }
                }
                if possible { candidates.append((i, s.min(iv.start), s.max(iv.start))) }
            }
            if candidates.isEmpty { return [Branch { () throws(Inconsistency) in throw Inconsistency() }] }
            candidates.sort { ($0.est, $0.lst, $0.task) < ($1.est, $1.lst, $1.task) }
            return candidates.map { candidate in
                let i = candidate.task
                let literals = members.filter { $0 != i }.map { resource.before(i, $0) }
                return Branch { [unowned s] () throws(Inconsistency) in
                    for lit in literals { try s.assign(lit.variable, lit.isPositive) }
                }
            }
        }
    }
}
