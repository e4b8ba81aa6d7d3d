import PlanningModel

extension PlanChecker {
    /// H1: every training day, supervision session and meeting is a workday inside the horizon.
    func checkDays(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for cohort in facts.plan.cohorts {
            for day in cohort.days.uniqued where facts.isJudged(day) && !calendar.isWorkday(day) {
                violations.append(
                    Violation(
                        rule: .h1,
                        message: words(
                            "h1.trainingDay", ["cohort": cohort.id, "day": day.description, "why": whyNotWorkday(day)]),
                        entities: [cohort.id]))
            }
        }
        for group in facts.plan.supervisionGroups {
            for day in group.sessions.uniqued where facts.isJudged(day) && !calendar.isWorkday(day) {
                violations.append(
                    Violation(
                        rule: .h1,
                        message: words(
                            "h1.session", ["group": group.id, "day": day.description, "why": whyNotWorkday(day)]),
                        entities: [group.id]))
            }
        }
        for meeting in facts.plan.meetings where facts.isJudged(meeting.date) && !calendar.isWorkday(meeting.date) {
            violations.append(
                Violation(
                    rule: .h1,
                    message: words(
                        "h1.meeting",
                        [
                            "series": meeting.series, "index": String(meeting.index),
                            "day": meeting.date.description, "why": whyNotWorkday(meeting.date),
                        ]),
                    entities: [meeting.series]))
        }
        return violations
    }

    /// Why `day` is not a workday of the horizon, as the end of a sentence.
    func whyNotWorkday(_ day: CalendarDay) -> String {
        let horizon = scenario.horizon
        if !horizon.contains(day) {
            return words("workday.outside", ["from": horizon.from.description, "to": horizon.to.description])
        }
        if let holiday = calendar.publicHolidays.first(where: { $0.day == day }) {
            return words("workday.holiday", ["name": words.name(of: holiday)])
        }
        if !scenario.calendar.workdays.contains(day.weekday) {
            return words("workday.weekday", ["weekday": words.weekday(day.weekday)])
        }
        return words("workday.closed")
    }
}
