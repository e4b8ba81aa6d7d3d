/// Plans one meeting series (H12) by dynamic programming over (meeting, date, venue):
/// travel of all attendees (S2), school holidays (S5) and the spread penalty (S8) are
/// exact; consecutive venues differ when the series rotates.
struct MeetingScheduler {
    let instance: Instance
    static let infinity = Int.max / 4

    /// Plans and books series `s`. Returns nil, booking nothing, when it cannot be held.
    func schedule(_ s: Instance.SeriesInfo, usage: inout ResourceUsage) -> [MeetingState]? {
        let n = s.count
        guard n >= 1, s.windowFrom <= s.windowTo, !s.venues.isEmpty else { return n == 0 ? [] : nil }
        let vCount = s.venues.count
        var blocked = Set<Int>()  // day * vCount + venue slot, only for retries
        for _ in 0..<10 {
            guard let (meetings, venueSlots, _) = best(s, usage: usage, blocked: blocked) else { return nil }
            var booked = 0
            for m in meetings {
                guard usage.meetingFits(instance, series: s, day: m.day, venue: m.venue) else { break }
                usage.addMeeting(instance, series: s, day: m.day, venue: m.venue)
                booked += 1
            }
            if booked == n { return meetings }
            for m in meetings[..<booked] { usage.removeMeeting(instance, series: s, day: m.day, venue: m.venue) }
            blocked.insert(meetings[booked].day * vCount + venueSlots[booked])
        }
        return nil
    }

    /// The least cost of series `s` against `usage` (S2, S5 and S8 weighted, as
    /// ``Evaluator/seriesTerms(_:_:_:)`` sums them), or nil when it cannot be held. Exact:
    /// ``MeetingSeriesModel`` stops its branch and bound when it reaches this value.
    func optimum(_ s: Instance.SeriesInfo, usage: ResourceUsage) -> Int? {
        guard s.count >= 1, s.windowFrom <= s.windowTo, !s.venues.isEmpty else { return nil }
        return best(s, usage: usage, blocked: []).map(\.cost)
    }

    /// The dynamic programme: the cheapest series avoiding the `blocked` (day, venue slot)
    /// pairs, with each meeting's venue slot (index into `s.venues`) and the cost.
    private func best(_ s: Instance.SeriesInfo, usage: ResourceUsage, blocked: Set<Int>)
        -> ([MeetingState], venueSlots: [Int], cost: Int)?
    {
        let n = s.count
        let w = instance.weights
        let days = Array(s.windowFrom...s.windowTo)
        let vCount = s.venues.count
        var cost = [Int](repeating: Self.infinity, count: days.count * vCount)
        for (i, d) in days.enumerated() {
            for (j, v) in s.venues.enumerated() where !blocked.contains(d * vCount + j) {
                guard usage.meetingFits(instance, series: s, day: d, venue: v) else { continue }
                cost[i * vCount + j] = s.travel[v] * w.travelPerKm + (instance.isSchoolHoliday[d] ? w.schoolHoliday : 0)
            }
        }
        // Days with a free venue (workdays); the others can hold no meeting, and skipping
        // them halves the quadratic pass below.
        let usable = days.indices.filter { i in (0..<vCount).contains { cost[i * vCount + $0] < Self.infinity } }
        var value = cost
        var back = [[Int]](repeating: [], count: n)
        for k in 1..<max(1, n) {
            var next = [Int](repeating: Self.infinity, count: value.count)
            var arg = [Int](repeating: -1, count: value.count)
            // Per earlier day, its cheapest venue slot and the cheapest other one (the first
            // among equals): the previous meeting is then chosen per day, not per day and venue,
            // which keeps the pass quadratic in days only, however many venues a series lists.
            let cheapest = usable.map { Self.twoCheapest(value, day: $0, venues: vCount) }
            for i in usable {
                let d = days[i]
                /// The first (earlier day, venue slot) of least cost, avoiding venue slot `avoided`.
                func previous(avoiding avoided: Int?) -> (cost: Int, state: Int)? {
                    var best: (cost: Int, state: Int)?
                    for (position, e) in usable.enumerated() {
                        guard days[e] <= d - s.minGap else { break }
                        let pair = cheapest[position]
                        guard let choice = pair.first?.venue == avoided ? pair.second : pair.first else { continue }
                        let total = choice.value + w.meetingSpread * abs(d - days[e] - s.idealGap)
                        if total < (best?.cost ?? Self.infinity) { best = (total, e * vCount + choice.venue) }
                    }
                    return best
                }
                let anyVenue = previous(avoiding: nil)
                var otherVenue: (cost: Int, state: Int)?? = nil
                for j in 0..<vCount where cost[i * vCount + j] < Self.infinity {
                    var choice = anyVenue
                    if s.rotate, let found = anyVenue, found.state % vCount == j {
                        if otherVenue == nil { otherVenue = previous(avoiding: j) }
                        choice = otherVenue ?? nil
                    }
                    if let choice {
                        next[i * vCount + j] = choice.cost + cost[i * vCount + j]
                        arg[i * vCount + j] = choice.state
                    }
                }
            }
            value = next
            back[k] = arg
        }
        var bestEnd = -1
        var bestValue = Self.infinity
        for (x, v) in value.enumerated() where v < bestValue {
            bestValue = v
            bestEnd = x
        }
        guard bestEnd >= 0 else { return nil }
        var states = [Int](repeating: 0, count: n)
        states[n - 1] = bestEnd
        if n > 1 {
            for k in stride(from: n - 1, to: 0, by: -1) { states[k - 1] = back[k][states[k]] }
        }
        return (
            states.map { MeetingState(day: days[$0 / vCount], venue: s.venues[$0 % vCount]) },
            states.map { $0 % vCount }, bestValue
        )
    }

    /// The cheapest venue slot of `day` in `value` and the cheapest of the others, each the
    /// first among equals; nil where there is none below infinity.
    private static func twoCheapest(_ value: [Int], day: Int, venues: Int) -> (
        first: (venue: Int, value: Int)?, second: (venue: Int, value: Int)?
    ) {
        var first: (venue: Int, value: Int)?
        var second: (venue: Int, value: Int)?
        for venue in 0..<venues {
            let v = value[day * venues + venue]
            guard v < infinity else { continue }
            if v < (first?.value ?? infinity) {
                second = first
                first = (venue, v)
            } else if v < (second?.value ?? infinity) {
                second = (venue, v)
            }
        }
        return (first, second)
    }
}
