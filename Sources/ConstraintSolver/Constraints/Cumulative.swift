/// At every time, the demands of the present intervals running then sum to at most the capacity.
///
/// Time-tabling: the compulsory parts [lst, ect) of the present intervals form a profile;
/// a profile above capacity fails, and each interval's start is pushed out of every
/// segment where it does not fit (both directions). An undecided optional interval that
/// fits nowhere is made absent.
final class Cumulative: Propagator {
    let intervals: [IntervalVar]
    let demands: [Int]
    let capacity: Int

    init(_ intervals: [IntervalVar], demands: [Int], capacity: Int) {
        self.intervals = intervals
        self.demands = demands
        self.capacity = capacity
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        for (k, iv) in intervals.enumerated() {
            if demands[k] > capacity && iv.duration > 0 {
                if let p = iv.presence { try solver.assign(p.int, 0) } else { throw Inconsistency() }
            }
            solver.watch(iv.start, on: .bounds, by: self)
            if let p = iv.presence { solver.watch(p.int, on: .fix, by: self) }
        }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        // Profile of compulsory parts.
        var events: [(time: Int, delta: Int)] = []
        var parts: [(lo: Int, hi: Int)?] = Array(repeating: nil, count: intervals.count)
        for (k, iv) in intervals.enumerated() where iv.duration > 0 && demands[k] > 0 && isPresent(solver, iv) {
            let lst = solver.max(iv.start)
            let ect = solver.min(iv.start) + iv.duration
            if lst < ect {
                events.append((lst, demands[k]))
                events.append((ect, -demands[k]))
                parts[k] = (lst, ect)
            }
        }
        if events.isEmpty { return }
        events.sort { $0.time < $1.time }
        var segStart: [Int] = []
        var segEnd: [Int] = []
        var segHeight: [Int] = []
        var height = 0
        var e = 0
        while e < events.count {
            let t = events[e].time
            while e < events.count && events[e].time == t {
                height += events[e].delta
                e += 1
            }
            if height > capacity { throw Inconsistency() }
            if e < events.count && height > 0 {
                segStart.append(t)
                segEnd.append(events[e].time)
                segHeight.append(height)
            }
        }
        for (k, iv) in intervals.enumerated() where iv.duration > 0 && demands[k] > 0 {
            let present = isPresent(solver, iv)
            if !present, let p = iv.presence, solver.isFixed(p.int) { continue }
            var est = solver.min(iv.start)
            var lct = solver.max(iv.start) + iv.duration
            let part = parts[k]
            for s in 0..<segStart.count {
                if segEnd[s] <= est { continue }
                if segStart[s] >= est + iv.duration { break }
                if fits(s, k, part, segStart, segEnd, segHeight) { continue }
                est = segEnd[s]
            }
            var s = segStart.count - 1
            while s >= 0 {
                defer { s -= 1 }
                if segStart[s] >= lct { continue }
                if segEnd[s] <= lct - iv.duration { break }
                if fits(s, k, part, segStart, segEnd, segHeight) { continue }
                lct = segStart[s]
            }
            if present {
                try solver.setMin(iv.start, est)
                try solver.setMax(iv.start, lct - iv.duration)
            } else if est + iv.duration > lct || est > solver.max(iv.start) || lct - iv.duration < solver.min(iv.start)
            {
                if let p = iv.presence { try solver.assign(p.int, 0) }
            }
        }
    }

    @inline(__always)
    func fits(_ s: Int, _ k: Int, _ part: (lo: Int, hi: Int)?, _ a: [Int], _ b: [Int], _ h: [Int]) -> Bool {
        var height = h[s]
        if let part, part.lo <= a[s] && b[s] <= part.hi { height -= demands[k] }
        return height + demands[k] <= capacity
    }

    func isPresent(_ s: Solver, _ iv: IntervalVar) -> Bool {
        guard let p = iv.presence else { return true }
        return s.isFixed(p.int) && s.min(p.int) == 1
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        var events: [(Int, Int)] = []
        for (k, iv) in intervals.enumerated() where solution[present: iv] && iv.duration > 0 {
            events.append((solution[iv.start], demands[k]))
            events.append((solution[iv.start] + iv.duration, -demands[k]))
        }
        events.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var height = 0
        for (_, d) in events {
            height += d
            if height > capacity { return false }
        }
        return true
    }
}
