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
                    message: "meeting \(meeting.series) #\(meeting.index): \(meeting.series) is not a meeting series "
                        + "of the scenario",
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
        func note(_ message: String, _ extra: [String] = []) {
            violations.append(Violation(rule: .h12, message: message, entities: [series.id] + extra))
        }
        if meetings.count != series.count {
            note("series \(series.id): has \(meetings.count) meetings; needs \(series.count)")
        }
        let indices = meetings.map(\.index).sorted()
        if indices != (0..<meetings.count).map({ $0 + 1 }) {
            note(
                "series \(series.id): meetings are indexed \(indices.map(String.init).joined(separator: ", ")); "
                    + "expected 1…\(meetings.count)")
        }
        for meeting in meetings {
            let name = "meeting \(series.id) #\(meeting.index)"
            if !series.window.contains(meeting.date) {
                note("\(name): \(meeting.date) is outside the window \(series.window.from)…\(series.window.to)")
            }
            if meeting.slot != series.slot {
                note("\(name): slot \(meeting.slot.rawValue); the series meets \(series.slot.rawValue)")
            }
            if !series.venues.contains(meeting.venue) {
                note(
                    "\(name): venue \(meeting.venue) is not one of the series' venues "
                        + "(\(series.venues.joined(separator: ", ")))", [meeting.venue])
            }
        }
        let ordered = meetings.sorted { ($0.index, $0.date) < ($1.index, $1.date) }
        let minimum = series.minGapWeeks * 7
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            let gap = previous.date.days(to: next.date)
            if gap < 0 {
                note(
                    "series \(series.id): #\(next.index) on \(next.date) comes before #\(previous.index) on "
                        + "\(previous.date); meetings are indexed in date order")
            } else if gap < minimum {
                note(
                    "series \(series.id): #\(previous.index) (\(previous.date)) and #\(next.index) (\(next.date)) "
                        + "are \(gap) days apart; minGapWeeks asks \(minimum)")
            }
            if series.rotate && previous.venue == next.venue {
                note(
                    "series \(series.id): #\(previous.index) and #\(next.index) are both at \(next.venue); the "
                        + "series rotates", [next.venue])
            }
        }
        return violations
    }
}
