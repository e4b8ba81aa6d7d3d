import PlanningModel

extension PlanChecker {
    /// H12: each series has exactly `count` meetings, indexed 1…count in date order, inside
    /// its window, in its slot, at allowed venues, at least `minGapWeeks` apart, and at
    /// different venues in a row when it rotates.
    func checkMeetings(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for meeting in facts.plan.meetings where facts.isJudged(meeting.date) && index.series[meeting.series] == nil {
            violations.append(
                Violation(
                    rule: .h12,
                    message: words("h12.unknownSeries", ["series": meeting.series, "index": String(meeting.index)]),
                    entities: [meeting.series]))
        }
        for series in scenario.meetings {
            let meetings = facts.plan.meetings.filter { $0.series == series.id }
            if facts.isJudged(meetings.map(\.date)) {
                violations += check(series, meetings: meetings)
            }
        }
        return violations
    }

    private func check(_ series: MeetingSeries, meetings: [Meeting]) -> [Violation] {
        var violations: [Violation] = []
        /// Notes the wording `key` (filled with `values` and the series' id) as a violation.
        func note(_ key: String, _ values: [String: String], _ extra: [String] = []) {
            violations.append(
                Violation(
                    rule: .h12, message: words(key, values.merging(["series": series.id]) { own, _ in own }),
                    entities: [series.id] + extra))
        }
        if meetings.count != series.count {
            note("h12.count", ["count": String(meetings.count), "needed": String(series.count)])
        }
        let indices = meetings.map(\.index).sorted()
        if indices != (0..<meetings.count).map({ $0 + 1 }) {
            note(
                "h12.indices",
                ["indices": indices.map(String.init).joined(separator: ", "), "count": String(meetings.count)])
        }
        for meeting in meetings {
            let index = String(meeting.index)
            if !series.window.contains(meeting.date) {
                note(
                    "h12.window",
                    [
                        "index": index, "day": meeting.date.description, "from": series.window.from.description,
                        "to": series.window.to.description,
                    ])
            }
            if meeting.slot != series.slot {
                note(
                    "h12.slot",
                    ["index": index, "slot": words.slot(meeting.slot), "seriesSlot": words.slot(series.slot)])
            }
            if !series.venues.contains(meeting.venue) {
                note(
                    "h12.venue",
                    ["index": index, "venue": meeting.venue, "venues": series.venues.joined(separator: ", ")],
                    [meeting.venue])
            }
        }
        let ordered = meetings.sorted { ($0.index, $0.date) < ($1.index, $1.date) }
        let minimum = series.minGapWeeks * 7
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            let gap = previous.date.days(to: next.date)
            if gap < 0 {
                note(
                    "h12.order",
                    [
                        "next": String(next.index), "nextDay": next.date.description,
                        "previous": String(previous.index), "previousDay": previous.date.description,
                    ])
            } else if gap < minimum {
                note(
                    "h12.gap",
                    [
                        "previous": String(previous.index), "previousDay": previous.date.description,
                        "next": String(next.index), "nextDay": next.date.description, "gap": String(gap),
                        "minimum": String(minimum),
                    ])
            }
            if series.rotate && previous.venue == next.venue {
                note(
                    "h12.rotate",
                    ["previous": String(previous.index), "next": String(next.index), "venue": next.venue],
                    [next.venue])
            }
        }
        return violations
    }
}
