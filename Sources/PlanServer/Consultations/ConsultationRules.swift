import Foundation
import PlanStore
import PlanningModel

/// Checks consultation slots and bookings against the published scenario and plan at one
/// moment: dates inside the horizon, on workdays and not past; times inside the working day
/// (the morning slot's start to the afternoon slot's end); no overlap with the psychologist's
/// training days, supervision sessions and meetings, or with the therapist's.
struct ConsultationRules {
    /// How long a consultation may last, in minutes.
    static let minuteRange = 15...180

    let scenario: Scenario
    let plan: Plan
    let calendar: PlanningCalendar
    /// Today and the minute of the day, where the scenario is.
    let today: CalendarDay
    let minuteNow: Int

    init(scenario: Scenario, plan: Plan, now: Date) {
        self.scenario = scenario
        self.plan = plan
        calendar = PlanningCalendar(scenario: scenario)
        var clock = Calendar(identifier: .gregorian)
        clock.timeZone = TimeZone(identifier: scenario.timezone) ?? TimeZone(secondsFromGMT: 0)!
        let parts = clock.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        today = CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        minuteNow = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }

    /// The working day's start and end, in minutes after midnight.
    var workingDay: (start: Int, end: Int) { (scenario.slots.am.start.minutes, scenario.slots.pm.end.minutes) }

    /// `HH:MM` of minutes after midnight.
    static func clock(_ minutes: Int) -> String { TimeOfDay(hour: minutes / 60, minute: minutes % 60).description }

    /// The slot `input` describes, checked field by field in the order of the form.
    func times(from input: ConsultationInput) throws(ConsultationProblem) -> ConsultationTimes {
        guard let dateText = input.date else { throw .missing("date") }
        guard let startText = input.start else { throw .missing("start") }
        guard let minutesText = input.minutes else { throw .missing("minutes") }
        guard let modeText = input.mode else { throw .missing("mode") }
        guard let day = CalendarDay(iso: dateText), day.description == dateText else { throw .badDate(dateText) }
        guard scenario.horizon.contains(day) else { throw .outsideHorizon(day, scenario.horizon) }
        guard day >= today else { throw .past(day) }
        guard calendar.isWorkday(day) else { throw .notWorkday(day) }
        guard let start = TimeOfDay(text: startText) else { throw .badStart(startText) }
        guard let minutes = Int(minutesText) else { throw .badMinutes(minutesText) }
        guard Self.minuteRange.contains(minutes) else { throw .minutesOutOfRange(minutes) }
        let end = start.minutes + minutes
        let (dayStart, dayEnd) = workingDay
        guard start.minutes >= dayStart, end <= dayEnd else {
            throw .outsideWorkingDay(
                from: start.description, to: Self.clock(end), dayStart: Self.clock(dayStart), dayEnd: Self.clock(dayEnd)
            )
        }
        if day == today, start.minutes <= minuteNow { throw .past(day) }
        guard let mode = ConsultationTimes.Mode(rawValue: modeText) else { throw .badMode(modeText) }
        let venue = input.venue.flatMap { $0.isEmpty ? nil : $0 }
        switch mode {
        case .virtual:
            guard venue == nil else { throw .venueForVirtual }
        case .physical:
            guard let venue else { throw .venueMissing }
            guard scenario.venues.contains(where: { $0.id == venue }) else { throw .venueUnknown(venue) }
            guard calendar.isAvailableAllDay(.venue(venue), on: day) else { throw .venueClosed(venue, day) }
        }
        return ConsultationTimes(
            day: day.description, startMinute: start.minutes, minutes: minutes, mode: mode, venue: venue)
    }

    /// What of the psychologist's plan (training days, supervision sessions, meetings, days
    /// away) shares time with `times`; nil when nothing does.
    func psychologistConflict(_ psychologist: String, _ times: ConsultationTimes) -> BusyTime? {
        guard let day = CalendarDay(iso: times.day) else { return nil }
        var busy: [BusyTime] = []
        let (dayStart, dayEnd) = workingDay
        if !calendar.isAvailableAllDay(.psychologist(psychologist), on: day) {
            busy.append(BusyTime(activity: .away, start: 0, end: 24 * 60))
        }
        for cohort in plan.cohorts where cohort.trainers.contains(psychologist) && cohort.days.contains(day) {
            busy.append(BusyTime(activity: .training(cohort: cohort.id), start: dayStart, end: dayEnd))
        }
        for group in plan.supervisionGroups where group.supervisor == psychologist && group.sessions.contains(day) {
            busy.append(session(of: group))
        }
        for meeting in plan.meetings where meeting.date == day {
            guard let series = scenario.meetings.first(where: { $0.id == meeting.series }),
                series.attendees.contains(where: { $0.psychologist == psychologist })
            else { continue }
            let start = scenario.slots[meeting.slot].start.minutes
            busy.append(
                BusyTime(
                    activity: .meeting(title: series.title, index: meeting.index), start: start,
                    end: start + series.durationMinutes))
        }
        return busy.first { $0.overlaps(start: times.startMinute, end: times.endMinute) }
    }

    /// What of the therapist's plan (training days, supervision sessions, days away) shares
    /// time with `times`; nil when nothing does.
    func therapistConflict(_ therapist: String, _ times: ConsultationTimes) -> BusyTime? {
        guard let day = CalendarDay(iso: times.day) else { return nil }
        var busy: [BusyTime] = []
        let (dayStart, dayEnd) = workingDay
        if !calendar.isAvailableAllDay(.therapist(therapist), on: day) {
            busy.append(BusyTime(activity: .away, start: 0, end: 24 * 60))
        }
        for cohort in plan.cohorts where cohort.participants.contains(therapist) && cohort.days.contains(day) {
            busy.append(BusyTime(activity: .training(cohort: cohort.id), start: dayStart, end: dayEnd))
        }
        for group in plan.supervisionGroups where group.members.contains(therapist) && group.sessions.contains(day) {
            busy.append(session(of: group))
        }
        return busy.first { $0.overlaps(start: times.startMinute, end: times.endMinute) }
    }

    /// Whether the slot has begun (or passed) by now.
    func hasBegun(_ times: ConsultationTimes) -> Bool {
        guard let day = CalendarDay(iso: times.day) else { return true }
        return day < today || (day == today && times.startMinute <= minuteNow)
    }

    private func session(of group: SupervisionGroup) -> BusyTime {
        let start = scenario.slots[group.slot].start.minutes
        let minutes =
            scenario.manual(group.manual)?.supervision.durationMinutes
            ?? scenario.slots[group.slot].minutes
        return BusyTime(activity: .supervision(group: group.id), start: start, end: start + minutes)
    }
}
