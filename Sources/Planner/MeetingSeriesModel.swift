import ConstraintSolver

/// One meeting series as a constraint model in ``ConstraintSolver``, solved by branch and
/// bound: the first plan of every series comes from here (``MeetingScheduler`` re-plans
/// series inside the search by dynamic programming, and tests check both reach the same
/// optimum).
///
/// Per meeting `i`: `date[i]` (window workdays), `venue[i]` (allowed venues, as ranks from
/// the cheapest for the attendees' travel); a table constraint keeps only (date, venue)
/// pairs that are free given everything already booked; `date[i+1] − date[i] ≥ minGap`;
/// `venue[i] ≠ venue[i+1]` when the series rotates; the objective is travel (element on the
/// venue), school holidays (element on the date) and `meetingSpread × |gap − G|` (S8).
struct MeetingSeriesModel {
    let instance: Instance

    /// The optimum found within `maxFailures` failures, as (meetings, objective), or nil.
    func solve(_ s: Instance.SeriesInfo, usage: ResourceUsage, maxFailures: Int = 20_000) -> ([MeetingState], Int)? {
        let n = s.count
        guard n >= 1, s.windowFrom <= s.windowTo, !s.venues.isEmpty else { return nil }
        let w = instance.weights
        let ranked = s.venues.sorted { s.travel[$0] != s.travel[$1] ? s.travel[$0] < s.travel[$1] : $0 < $1 }
        var tuples: [[Int]] = []
        var dates: [Int] = []
        for d in s.windowFrom...s.windowTo {
            var any = false
            for (rank, v) in ranked.enumerated() where usage.meetingFits(instance, series: s, day: d, venue: v) {
                tuples.append([d, rank])
                any = true
            }
            if any { dates.append(d) }
        }
        guard !dates.isEmpty else { return nil }
        let solver = Solver(seed: 0)
        let travel = ranked.map { s.travel[$0] * w.travelPerKm }
        let holiday = (0..<instance.dayCount).map { instance.isSchoolHoliday[$0] ? w.schoolHoliday : 0 }
        let span = instance.dayCount
        var day: [IntVar] = []
        var venue: [IntVar] = []
        var costTerms: [(Int, IntVar)] = []
        for _ in 0..<n {
            let d = solver.intVar(values: dates)
            let v = solver.intVar(0...(ranked.count - 1))
            solver.addTable([d, v], tuples: tuples)
            costTerms.append((1, solver.element(travel, index: v)))
            costTerms.append((1, solver.element(holiday, index: d)))
            day.append(d)
            venue.append(v)
        }
        for i in 0..<(n - 1) {
            solver.addLinear([(1, day[i + 1]), (-1, day[i])], .greaterOrEqual, s.minGap)
            if s.rotate { solver.addLinear([(1, venue[i]), (-1, venue[i + 1])], .notEqual, 0) }
            if s.count >= 2 {
                let deviation = solver.intVar(-span...span)
                solver.addLinear([(1, deviation), (-1, day[i + 1]), (1, day[i])], .equal, -s.idealGap)
                let spread = solver.intVar(0...span)
                solver.addAbsolute(spread, of: deviation)
                costTerms.append((w.meetingSpread, spread))
            }
        }
        let objective = solver.sum(costTerms)
        // The dynamic programme knows the optimum: bound the objective by it and stop on
        // reaching it, instead of improving step by step and then proving it, which used
        // up the 20 000 failures of every series of a generated N = 300 scenario (52 % of
        // its construction). The branching is static, so the solution found is the first
        // optimal one in search order: the one the unbounded branch and bound ends with.
        let target = MeetingScheduler(instance: instance).optimum(s, usage: usage)
        if let target { solver.addLinear([(1, objective)], .lessOrEqual, target) }
        solver.minimize(objective)
        var order: [IntVar] = []
        for i in 0..<n { order += [venue[i], day[i]] }
        let result = solver.solve(
            branching: .inOrder(order),
            limits: SearchLimits(maxFailures: maxFailures, targetObjective: target))
        guard let best = result.best, let value = best.objective else { return nil }
        return ((0..<n).map { MeetingState(day: best[day[$0]], venue: ranked[best[venue[$0]]]) }, value)
    }

    /// Solves and books series `s`; nil (nothing booked) when no plan was found or it does
    /// not book (a psychologist's month filled by the series itself).
    func schedule(_ s: Instance.SeriesInfo, usage: inout ResourceUsage, maxFailures: Int = 20_000) -> [MeetingState]? {
        guard let (meetings, _) = solve(s, usage: usage, maxFailures: maxFailures) else { return nil }
        var booked = 0
        for m in meetings {
            guard usage.meetingFits(instance, series: s, day: m.day, venue: m.venue) else { break }
            usage.addMeeting(instance, series: s, day: m.day, venue: m.venue)
            booked += 1
        }
        if booked == meetings.count { return meetings }
        for m in meetings[..<booked] { usage.removeMeeting(instance, series: s, day: m.day, venue: m.venue) }
        return nil
    }
}
