import PlanningModel

/// Maps event occurrences onto dates and slots (PROBLEM.md §1).
///
/// An all-day occurrence covers both slots of each of its dates. A timed occurrence covers
/// every slot it overlaps on every date it touches; a date it touches only outside the
/// slot times is still returned, with no slots, because for `closed` and `schoolHolidays`
/// any part of a date counts.
struct BusyDayMapper {
    let horizon: DateRange
    let slots: SlotTimes

    /// The busy days of `occurrences` inside the horizon, one entry per date, by date.
    func busyDays(_ occurrences: [EventOccurrence]) -> [BusyDay] {
        var byDay: [CalendarDay: Set<Slot>] = [:]
        func mark(_ day: CalendarDay, _ covered: Set<Slot>) {
            guard horizon.contains(day) else { return }
            byDay[day, default: []].formUnion(covered)
        }
        for occurrence in occurrences {
            // Only the days inside the horizon are walked, however long the occurrence.
            if occurrence.allDay {
                var day = max(occurrence.start.day, horizon.from)
                while day < occurrence.end.day, day <= horizon.to {
                    mark(day, Set(Slot.allCases))
                    day = day.adding(days: 1)
                }
                continue
            }
            let start = occurrence.start
            let end = occurrence.end
            if end <= start {
                // An instant: it touches its date and the slot it falls in.
                mark(
                    start.day,
                    Set(
                        Slot.allCases.filter { slot in
                            let times = slots[slot]
                            return times.start.minutes <= start.minutes && start.minutes < times.end.minutes
                        }))
                continue
            }
            let lastDay = min(end.minutes == 0 ? end.day.adding(days: -1) : end.day, horizon.to)
            var day = max(start.day, horizon.from)
            while day <= lastDay {
                let from = day == start.day ? start.minutes : 0
                let to = day == end.day ? end.minutes : 24 * 60
                mark(
                    day,
                    Set(
                        Slot.allCases.filter { slot in
                            let times = slots[slot]
                            return from < times.end.minutes && times.start.minutes < to
                        }))
                day = day.adding(days: 1)
            }
        }
        return byDay.keys.sorted().map { BusyDay(day: $0, slots: byDay[$0]!) }
    }
}
