import PlanningModel

extension PlanChecker {
    /// H1: every training day, supervision session and meeting is a workday inside the horizon.
    func checkDays(_ facts: PlanFacts) -> [Violation] {
        var violations: [Violation] = []
        for cohort in facts.plan.cohorts {
            for day in cohort.days.uniqued where facts.isJudged(day) && !calendar.isWorkday(day) {
                violations.append(
                    Violation(
                        rule: .h1, message: "cohort \(cohort.id): training day \(day) \(whyNotWorkday(day))",
                        entities: [cohort.id]))
            }
        }
        for group in facts.plan.supervisionGroups {
            for day in group.sessions.uniqued where facts.isJudged(day) && !calendar.isWorkday(day) {
                violations.append(
                    Violation(
                        rule: .h1, message: "supervision group \(group.id): session \(day) \(whyNotWorkday(day))",
                        entities: [group.id]))
            }
        }
        for meeting in facts.plan.meetings where facts.isJudged(meeting.date) && !calendar.isWorkday(meeting.date) {
            violations.append(
                Violation(
                    rule: .h1,
                    message: "meeting \(meeting.series) #\(meeting.index): date \(meeting.date) "
                        + whyNotWorkday(meeting.date),
                    entities: [meeting.series]))
        }
        return violations
    }

    /// Why `day` is not a workday of the horizon, as the end of a sentence.
    func whyNotWorkday(_ day: CalendarDay) -> String {
        let horizon = scenario.horizon
        if !horizon.contains(day) {
            return "is outside the horizon \(horizon.from)…\(horizon.to)"
        }
        if let holiday = calendar.publicHolidays.first(where: { $0.day == day }) {
            return "is a public holiday (\(holiday.danishName))"
        }
        if !scenario.calendar.workdays.contains(day.weekday) {
            return "is a \(day.weekdayName), not a workday"
        }
        return "is a closed day"
    }
}
