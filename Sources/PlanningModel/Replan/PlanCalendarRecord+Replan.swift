extension PlanCalendarRecord {
    /// The calendar record of `plan`, a re-plan of `base`: what its calendars must carry so
    /// that every subscriber's and importer's calendar follows (REPLAN.md, "Output").
    ///
    /// For each key of `plan`, its SEQUENCE is the one published in `base`'s calendars
    /// (`base.calendar`, 0 when absent), one higher when its date, slot or venue changed,
    /// and above every SEQUENCE it was cancelled with when it comes back. An entry the base
    /// had and `plan` no longer gives to some people (the key is gone, or those people no
    /// longer have it) is recorded as cancelled for them, with its state in the base and the
    /// base's SEQUENCE + 1, while its date is on or after `today`. Cancellations recorded in
    /// `base` are kept for the people who still do not have the key, until their date has
    /// passed. Applied to a plan and itself, it gives the plan's own record again (minus the
    /// cancellations that are now past).
    ///
    /// - Parameters:
    ///   - base: the published plan, with its own record (or none: every SEQUENCE 0).
    ///   - plan: the re-plan.
    ///   - scenario: the scenario of the re-plan (meeting attendees are read from it for both).
    ///   - today: cancellations dated before it are dropped.
    /// - Returns: a record with `sequence` holding only numbers above 0 and `cancelled`
    ///   sorted by key, then SEQUENCE.
    public static func replanning(base: Plan, plan: Plan, scenario: Scenario, today: CalendarDay)
        -> PlanCalendarRecord
    {
        let before = base.entries(in: scenario)
        let after = plan.entries(in: scenario)
        let published = base.calendar ?? PlanCalendarRecord()
        let cancelledBefore = Dictionary(grouping: published.cancelled, by: \.key)

        var record = PlanCalendarRecord()
        for old in published.cancelled where old.entry.date >= today {
            let live = Set(after[old.key]?.people ?? [])
            var kept = old
            kept.entry.people = old.entry.people.filter { !live.contains($0) }
            if !kept.entry.people.isEmpty { record.cancelled.append(kept) }
        }
        for key in Set(before.keys).union(after.keys) {
            let old = before[key]
            let sequence = published.sequence[key] ?? 0
            guard let new = after[key] else {
                if let old, old.date >= today {
                    record.cancelled.append(CancelledEntry(key: key, entry: old, sequence: sequence + 1))
                }
                continue
            }
            var next = sequence
            if let old, !new.isAtSamePlace(as: old) { next += 1 }
            if let cancelled = cancelledBefore[key]?.map(\.sequence).max() { next = max(next, cancelled + 1) }
            if next > 0 { record.sequence[key] = next }
            if let old, old.date >= today {
                let lost = old.people.filter { !new.people.contains($0) }
                if !lost.isEmpty {
                    var state = old
                    state.people = lost
                    record.cancelled.append(CancelledEntry(key: key, entry: state, sequence: sequence + 1))
                }
            }
        }
        record.cancelled.sort {
            ($0.key, $0.sequence) != ($1.key, $1.sequence)
                ? ($0.key, $0.sequence) < ($1.key, $1.sequence)
                : $0.entry.people.lexicographicallyPrecedes($1.entry.people)
        }
        return record
    }
}
