/// Whether each meeting series can be held at all (H12), each series on its own against
/// the calendar: workdays in its window, allowed venues that hold every attendee and are
/// free in its slot, attendee psychologists free and with days to give (H6, H8, H9).
///
/// A plan must hold exactly `count` meetings of every series, and no plan can when these
/// alone rule it out (five meetings six weeks apart in a three-month window, `rotate` with
/// one usable venue), so such a scenario is rejected like any other invalid input rather
/// than planned into a hard violation. Clashes between series and with training are left
/// to the planner.
struct MeetingFeasibility {
    let scenario: Scenario
    let calendar: PlanningCalendar

    func findings() -> [ScenarioFinding] {
        var found: [ScenarioFinding] = []
        for (index, series) in scenario.meetings.enumerated() where series.count >= 1 {
            check(series, at: SourcePath.root.key("meetings").index(index), &found)
        }
        return found
    }

    private func check(_ series: MeetingSeries, at path: SourcePath, _ found: inout [ScenarioFinding]) {
        let attendees = series.attendees.count
        let listed = series.venues.compactMap { id in scenario.venues.first { $0.id == id } }
        let venues = listed.filter { $0.capacity >= attendees }
        guard !venues.isEmpty else {
            let largest = listed.map(\.capacity).max() ?? 0
            found.append(
                .error(
                    path.key("venues"),
                    "H12/H9: no allowed venue of series \(ShortText(series.id)) holds its \(attendees) attendees "
                        + "(the largest holds \(largest))"))
            return
        }
        var psychologists: [String] = []
        for (k, attendee) in series.attendees.enumerated() {
            guard let id = attendee.psychologist, let p = scenario.psychologists.first(where: { $0.id == id }) else {
                continue
            }
            if p.maxDaysPerWeek < 1 || p.maxDaysPerMonth < 1 {
                found.append(
                    .error(
                        path.key("attendees").index(k).key("psychologist"),
                        "H12/H8: psychologist \(ShortText(id)) attends series \(ShortText(series.id)) but has no days "
                            + "(maxDaysPerWeek \(p.maxDaysPerWeek), maxDaysPerMonth \(p.maxDaysPerMonth))"))
                return
            }
            psychologists.append(id)
        }
        let days = calendar.workdays.filter { $0 >= series.window.from && $0 <= series.window.to }
            .filter { day in
                psychologists.allSatisfy { calendar.isAvailable(.psychologist($0), on: day, slot: series.slot) }
            }
        // free[j]: the usable days of venue j, in order.
        let free = venues.map { venue in
            days.filter { calendar.isAvailable(.venue(venue.id), on: $0, slot: series.slot) }
        }
        let held = mostMeetings(free: free, gap: 7 * series.minGapWeeks, rotate: series.rotate, upTo: series.count)
        guard held < series.count else { return }
        var why = "window \(series.window.from)–\(series.window.to), \(days.count) usable workdays"
        if series.minGapWeeks > 0 { why += ", at least \(series.minGapWeeks) weeks apart" }
        if series.rotate { why += ", rotating over \(venues.count) usable venue\(venues.count == 1 ? "" : "s")" }
        found.append(
            .error(
                path.key("count"),
                "H12: series \(ShortText(series.id)) needs \(series.count) meetings but at most \(held) can be held (\(why))"
            ))
    }

    /// The most meetings (at most `upTo`) that fit: meeting k+1 at least `gap` days after
    /// meeting k, at another venue when `rotate`. Holding each meeting as early as possible
    /// per venue is optimal, since an earlier meeting never leaves fewer choices.
    private func mostMeetings(free: [[CalendarDay]], gap: Int, rotate: Bool, upTo count: Int) -> Int {
        // earliest[j]: the earliest day the latest meeting so far can be at venue j.
        var earliest: [CalendarDay?] = free.map(\.first)
        guard earliest.contains(where: { $0 != nil }) else { return 0 }
        var held = 1
        while held < count {
            var next: [CalendarDay?] = []
            for (j, days) in free.enumerated() {
                let before = earliest.enumerated().compactMap { i, d in rotate && i == j ? nil : d }.min()
                guard let before else {
                    next.append(nil)
                    continue
                }
                next.append(days.first { $0.ordinal - before.ordinal >= max(gap, 1) })
            }
            guard next.contains(where: { $0 != nil }) else { break }
            earliest = next
            held += 1
        }
        return held
    }
}
