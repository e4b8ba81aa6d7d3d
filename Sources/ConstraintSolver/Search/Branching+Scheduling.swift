/// Scheduling branchings.
extension Branching {
    /// SetTimes (Le Pape et al.): schedule the unscheduled interval with the earliest start
    /// (ties: earliest latest start) at that start, or postpone it until propagation
    /// raises its earliest start.
    ///
    /// Complete for objectives that never get worse when a task starts earlier (makespan,
    /// tardiness): some optimal schedule is found. Undecided presences are branched first
    /// (present, then absent). The postponement marks are reversible cells of `solver`.
    ///
    /// - Parameters:
    ///   - intervals: the intervals to schedule.
    ///   - solver: the solver the marks are allocated in (the one that will search).
    /// - Returns: the branching.
    /// - Complexity: O(n) per node.
    public static func setTimes(_ intervals: [IntervalVar], in solver: Solver) -> Branching {
        let marks = intervals.map { _ in solver.trail.allocate(Int.min) }
        return Branching { s in
            var best = -1
            var bestEst = Int.max
            var bestLst = Int.max
            var pending = false
            for (k, iv) in intervals.enumerated() {
                if let p = iv.presence {
                    if !s.isFixed(p.int) {
                        return [
                            Branch { [unowned s] () throws(Inconsistency) in try s.assign(p.int, 1) },
                            Branch { [unowned s] () throws(Inconsistency) in try s.assign(p.int, 0) },
                        ]
                    }
                    if s.min(p.int) == 0 { continue }
                }
                if s.isFixed(iv.start) { continue }
                pending = true
                let est = s.min(iv.start)
                if s.trail[marks[k]] >= est { continue }
                let lst = s.max(iv.start)
                if est < bestEst || (est == bestEst && lst < bestLst) {
                    best = k
                    bestEst = est
                    bestLst = lst
                }
            }
            if best < 0 {
                return pending ? [Branch { () throws(Inconsistency) in throw Inconsistency() }] : []
            }
            let start = intervals[best].start
            let est = bestEst
            let mark = marks[best]
            return [
                Branch { [unowned s] () throws(Inconsistency) in try s.assign(start, est) },
                Branch { [unowned s] () throws(Inconsistency) in s.trail[mark] = est },
            ]
        }
    }
}
