/// No two present intervals overlap (the disjunctive resource).
///
/// Filtering on the present intervals, both in time order and mirrored:
/// - overload checking and edge finding (O(n²) per run, Nuijten/Vilím rule: if Ω ∪ {i}
///   cannot end by lct(Ω), i ends after all of Ω and starts no earlier than ECT(Ω));
/// - detectable precedences (Vilím 2004): i starts after the earliest completion of the
///   set of tasks that cannot start after i ends;
/// - not-first / not-last (Vilím 2004, O(n²) per run): if the tasks Θ that end after i's
///   earliest start cannot all start after i ends, i is not first among Θ ∪ {i} and starts
///   no earlier than the earliest completion in Θ (mirrored: not last).
/// An optional interval whose presence is undecided is made absent when it must overlap
/// a present one.
final class NoOverlap: Propagator {
    let intervals: [IntervalVar]
    @exclusivity(unchecked) var members: [Int] = []

    init(_ intervals: [IntervalVar]) {
        self.intervals = intervals
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        for iv in intervals {
            solver.watch(iv.start, on: .bounds, by: self)
            if let p = iv.presence { solver.watch(p.int, on: .fix, by: self) }
        }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        members.removeAll(keepingCapacity: true)
        for (k, iv) in intervals.enumerated() where iv.duration > 0 {
            if let p = iv.presence, !(solver.isFixed(p.int) && solver.min(p.int) == 1) { continue }
            members.append(k)
        }
        let n = members.count
        if n >= 2 {
            var work = Work(n)
            load(solver, &work, mirrored: false)
            try work.edgeFinding()
            try work.detectablePrecedences()
            try work.notFirst()
            try store(solver, work, mirrored: false)
            load(solver, &work, mirrored: true)
            try work.edgeFinding()
            try work.detectablePrecedences()
            try work.notFirst()
            try store(solver, work, mirrored: true)
        }
        try optionalIntervals(solver)
    }

    func load(_ s: Solver, _ w: inout Work, mirrored: Bool) {
        for (k, m) in members.enumerated() {
            let iv = intervals[m]
            let lo = s.min(iv.start)
            let hi = s.max(iv.start) + iv.duration
            w.dur[k] = iv.duration
            if mirrored {
                w.est[k] = -hi
                w.lct[k] = -lo
            } else {
                w.est[k] = lo
                w.lct[k] = hi
            }
        }
    }

    func store(_ s: Solver, _ w: Work, mirrored: Bool) throws(Inconsistency) {
        for (k, m) in members.enumerated() {
            let iv = intervals[m]
            if mirrored {
                try s.setMax(iv.start, -w.est[k] - iv.duration)
            } else {
                try s.setMin(iv.start, w.est[k])
            }
        }
    }

    /// Local buffers of one filtering pass (value type: no reference counting in the loops).
    struct Work {
        let n: Int
        var est: [Int]
        var lct: [Int]
        var dur: [Int]
        var order: [Int]
        var orderByLct: [Int]
        var suffix: [Int]
        var prefixMax: [Int]
        var suffixMax: [Int]
        var newEst: [Int]

        init(_ n: Int) {
            self.n = n
            est = [Int](repeating: 0, count: n)
            lct = est
            dur = est
            order = est
            orderByLct = est
            newEst = est
            suffix = [Int](repeating: 0, count: n + 1)
            prefixMax = est
            suffixMax = est
        }

        /// Insertion sort of the task indices by est (n is small).
        mutating func sortByEst() {
            for k in 0..<n { order[k] = k }
            if n < 2 { return }
            for i in 1..<n {
                let t = order[i]
                let key = est[t]
                var j = i - 1
                while j >= 0 && est[order[j]] > key {
                    order[j + 1] = order[j]
                    j -= 1
                }
                order[j + 1] = t
            }
        }

        /// Overload checking and edge finding; raises est in place.
        mutating func edgeFinding() throws(Inconsistency) {
            sortByEst()
            for k in 0..<n { newEst[k] = est[k] }
            let minusInfinity = Int.min / 2
            for k in 0..<n {
                let bound = lct[k]
                var duplicate = false
                for q in 0..<k where lct[q] == bound {
                    duplicate = true
                    break
                }
                if duplicate { continue }
                suffix[n] = 0
                var pos = n - 1
                while pos >= 0 {
                    let j = order[pos]
                    suffix[pos] = suffix[pos + 1] + (lct[j] <= bound ? dur[j] : 0)
                    pos -= 1
                }
                var running = minusInfinity
                for q in 0..<n {
                    let j = order[q]
                    if lct[j] <= bound { running = Swift.max(running, est[j] + suffix[q]) }
                    prefixMax[q] = running
                }
                let ectOmega = running
                if ectOmega > bound { throw Inconsistency() }
                running = minusInfinity
                pos = n - 1
                while pos >= 0 {
                    let j = order[pos]
                    if lct[j] <= bound { running = Swift.max(running, est[j] + suffix[pos]) }
                    suffixMax[pos] = running
                    pos -= 1
                }
                for q in 0..<n {
                    let j = order[q]
                    if lct[j] <= bound || newEst[j] >= ectOmega { continue }
                    var ect = est[j] + dur[j] + suffix[q]
                    if q > 0 && prefixMax[q - 1] > minusInfinity { ect = Swift.max(ect, prefixMax[q - 1] + dur[j]) }
                    if q + 1 < n { ect = Swift.max(ect, suffixMax[q + 1]) }
                    if ect > bound { newEst[j] = ectOmega }
                }
            }
            try commit()
        }

        /// Detectable precedences; raises est in place.
        mutating func detectablePrecedences() throws(Inconsistency) {
            sortByEst()
            for k in 0..<n { newEst[k] = est[k] }
            for i in 0..<n {
                let ectI = est[i] + dur[i]
                var t = Int.min / 2
                for q in 0..<n {
                    let j = order[q]
                    if j != i && ectI > lct[j] - dur[j] { t = Swift.max(t, est[j]) + dur[j] }
                }
                if t > newEst[i] { newEst[i] = t }
            }
            try commit()
        }

        /// Not-first; raises est in place.
        ///
        /// For each i, Θ = {j ≠ i : ect_j > est_i}. The latest time Θ can start as a block is
        /// LST(Θ) = min over j ∈ Θ of (lct_j − Σ{p_k : k ∈ Θ, lct_k ≤ lct_j}). If LST(Θ) < ect_i,
        /// some task of Θ precedes i, so est_i ≥ min{ect_j : j ∈ Θ}. Repeated for i until
        /// it no longer moves (the rule's fixpoint for i against the current bounds).
        mutating func notFirst() throws(Inconsistency) {
            for k in 0..<n { orderByLct[k] = k }
            if n >= 2 {
                for a in 1..<n {
                    let t = orderByLct[a]
                    let key = lct[t]
                    var b = a - 1
                    while b >= 0 && lct[orderByLct[b]] > key {
                        orderByLct[b + 1] = orderByLct[b]
                        b -= 1
                    }
                    orderByLct[b + 1] = t
                }
            }
            for k in 0..<n { newEst[k] = est[k] }
            for i in 0..<n {
                var estI = est[i]
                while true {
                    let ectI = estI + dur[i]
                    var work = 0
                    var lst = Int.max
                    var minEct = Int.max
                    for q in 0..<n {
                        let j = orderByLct[q]
                        if j == i || est[j] + dur[j] <= estI { continue }
                        work += dur[j]
                        lst = Swift.min(lst, lct[j] - work)
                        minEct = Swift.min(minEct, est[j] + dur[j])
                    }
                    if minEct == Int.max || lst >= ectI || minEct <= estI { break }
                    estI = minEct
                    if estI + dur[i] > lct[i] { throw Inconsistency() }
                }
                newEst[i] = estI
            }
            try commit()
        }

        mutating func commit() throws(Inconsistency) {
            for k in 0..<n where newEst[k] > est[k] {
                if newEst[k] + dur[k] > lct[k] { throw Inconsistency() }
                est[k] = newEst[k]
            }
        }
    }

    /// Makes an undecided optional interval absent when it must overlap a present one.
    func optionalIntervals(_ s: Solver) throws(Inconsistency) {
        for iv in intervals where iv.duration > 0 {
            guard let p = iv.presence, !s.isFixed(p.int) else { continue }
            let estI = s.min(iv.start)
            let lstI = s.max(iv.start)
            for m in members {
                let other = intervals[m]
                let estJ = s.min(other.start)
                let lstJ = s.max(other.start)
                if estI + iv.duration > lstJ && estJ + other.duration > lstI {
                    try s.assign(p.int, 0)
                    break
                }
            }
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        let present = intervals.filter { solution[present: $0] && $0.duration > 0 }
        for a in 0..<present.count {
            for b in (a + 1)..<present.count {
                let x = present[a]
                let y = present[b]
                if solution[x.start] < solution[y.start] + y.duration
                    && solution[y.start] < solution[x.start] + x.duration
                {
                    return false
                }
            }
        }
        return true
    }
}
