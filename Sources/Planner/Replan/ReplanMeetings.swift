/// Meeting series in a re-plan: meetings before today and pinned meetings stay where they
/// are, the others are planned around them by dynamic programming over (meeting, date,
/// venue), with S2, S5, S8 and the perturbation S11 exact (moving meeting `k` away from its
/// base date or venue costs every attendee).
extension SearchState {
    /// Re-plans the meetings of series `s` that are not fixed; false (the caller restores the
    /// state) when the series cannot be held around them.
    mutating func replanSeries(_ s: Int) -> Bool {
        guard let replan = instance.replan else { return false }
        let series = instance.series[s]
        let fixed = replan.fixedMeetings(s, count: series.count)
        for (k, m) in solution.meetings[s].enumerated() where k >= fixed.count || fixed[k] == nil {
            usage.removeMeeting(instance, series: series, day: m.day, venue: m.venue)
        }
        guard let planned = ReplanMeetingPlanner(instance: instance, replan: replan).plan(series, usage: usage) else {
            return false
        }
        for (k, m) in planned.enumerated() where fixed[k] == nil {
            guard usage.meetingFits(instance, series: series, day: m.day, venue: m.venue) else { return false }
            usage.addMeeting(instance, series: series, day: m.day, venue: m.venue)
        }
        setMeetings(s, planned)
        return true
    }
}

extension ReplanContext {
    /// The fixed meetings (before today or pinned) of series `s` by 0-based index, for its
    /// first `count` meetings; nil where a meeting is free to move.
    func fixedMeetings(_ s: Int, count: Int) -> [MeetingState?] {
        (0..<count).map { k in
            guard k < meetings[s].count, let base = meetings[s][k], base.fixed, base.venue >= 0 else { return nil }
            return MeetingState(day: base.day, venue: base.venue)
        }
    }
}

/// The dynamic programme behind ``SearchState/replanSeries(_:)``.
struct ReplanMeetingPlanner {
    let instance: Instance
    let replan: ReplanContext
    static let infinity = Int.max / 4

    /// The cheapest meetings of `series` given `usage` (in which its free meetings are not
    /// booked and its fixed ones are), or nil when the series cannot be held.
    ///
    /// - Complexity: O(count × (window days × venues)²).
    func plan(_ series: Instance.SeriesInfo, usage: ResourceUsage) -> [MeetingState]? {
        let n = series.count
        guard n >= 1 else { return [] }
        let w = instance.weights
        let fixed = replan.fixedMeetings(series.index, count: n)
        let base = replan.meetings[series.index]
        let moveCost = replan.weight * replan.seriesPeople[series.index]
        func own(_ m: MeetingState) -> Int {
            series.travel[m.venue] * w.travelPerKm + (instance.isSchoolHoliday[m.day] ? w.schoolHoliday : 0)
        }
        var free: [MeetingState] = []
        if series.windowFrom <= series.windowTo {
            for d in series.windowFrom...series.windowTo {
                for v in series.venues where usage.meetingFits(instance, series: series, day: d, venue: v) {
                    free.append(MeetingState(day: d, venue: v))
                }
            }
        }
        let layers: [[(meeting: MeetingState, cost: Int)]] = (0..<n).map { k in
            if let kept = fixed[k] { return [(kept, own(kept))] }
            let before = k < base.count ? base[k] : nil
            return free.map { m in
                let moved = before.map { $0.day != m.day || $0.venue != m.venue } ?? false
                return (m, own(m) + (moved ? moveCost : 0))
            }
        }
        var value = layers[0].map(\.cost)
        var back: [[Int]] = [[]]
        for k in 1..<n {
            let previous = layers[k - 1]
            let bothFixed = fixed[k - 1] != nil && fixed[k] != nil
            var next = [Int](repeating: Self.infinity, count: layers[k].count)
            var arg = [Int](repeating: -1, count: layers[k].count)
            for (j, current) in layers[k].enumerated() {
                for (i, prior) in previous.enumerated() where value[i] < Self.infinity {
                    let gap = current.meeting.day - prior.meeting.day
                    if !bothFixed {
                        guard gap >= series.minGap else { continue }
                        if series.rotate, prior.meeting.venue == current.meeting.venue { continue }
                    }
                    let v = value[i] + (series.count >= 2 ? w.meetingSpread * abs(gap - series.idealGap) : 0)
                    if v < next[j] {
                        next[j] = v
                        arg[j] = i
                    }
                }
                if arg[j] >= 0 { next[j] += current.cost }
            }
            value = next
            back.append(arg)
        }
        guard let end = value.indices.min(by: { (value[$0], $0) < (value[$1], $1) }), value[end] < Self.infinity
        else { return nil }
        var chosen = [Int](repeating: 0, count: n)
        chosen[n - 1] = end
        if n > 1 {
            for k in stride(from: n - 1, to: 0, by: -1) { chosen[k - 1] = back[k][chosen[k]] }
        }
        return chosen.enumerated().map { layers[$0.offset][$0.element].meeting }
    }
}
