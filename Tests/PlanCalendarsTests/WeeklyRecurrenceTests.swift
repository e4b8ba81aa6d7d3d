import PlanningModel
import Testing

@testable import PlanCalendars

@Suite struct WeeklyRecurrenceTests {
    let start = CalendarDay(iso: "2026-09-29")!

    private func sessions(gaps: [Int]) -> [CalendarDay] {
        gaps.reduce(into: [start]) { $0.append($0.last!.adding(days: $1)) }
    }

    @Test func aRegularSeriesIsOneRuleWithoutOverrides() {
        let recurrence = WeeklyRecurrence(sessions: sessions(gaps: [28, 28, 28, 28, 28]), everyWeeks: 4)
        #expect(recurrence.rule == "FREQ=WEEKLY;INTERVAL=4;COUNT=6")
        #expect(recurrence.moves.isEmpty)
    }

    @Test func aSessionShiftedForGoodMovesEveryLaterInstance() {
        let dates = sessions(gaps: [28, 35, 28])
        let recurrence = WeeklyRecurrence(sessions: dates, everyWeeks: 4)
        #expect(
            recurrence.moves == [
                .init(from: start.adding(days: 56), to: dates[2]), .init(from: start.adding(days: 84), to: dates[3]),
            ])
    }

    @Test func aSessionShiftedByAWeekAndBackIsOneOverride() {
        let dates = sessions(gaps: [28, 35, 21, 28])
        let recurrence = WeeklyRecurrence(sessions: dates, everyWeeks: 4)
        #expect(recurrence.moves == [.init(from: dates[0].adding(days: 56), to: dates[2])])
        #expect(recurrence.dates == dates)
    }

    /// Every gap sequence H11 allows (`E − 7`, `E`, `E + 7`), up to 6 sessions: the rule
    /// and its overrides show exactly the sessions, and no moved instance passes another.
    @Test(arguments: [1, 2, 4, 6])
    func everyAllowedShiftPatternExpandsToThePlansDates(everyWeeks: Int) {
        let cadence = everyWeeks * 7
        let options = [cadence - 7, cadence, cadence + 7].filter { $0 > 0 }
        var patterns: [[Int]] = [[]]
        for _ in 0..<5 { patterns = patterns.flatMap { pattern in options.map { pattern + [$0] } } }
        for gaps in patterns {
            let dates = sessions(gaps: gaps)
            let recurrence = WeeklyRecurrence(sessions: dates, everyWeeks: everyWeeks)
            #expect(recurrence.dates == dates, "gaps \(gaps)")
            #expect(recurrence.count == dates.count)
            let moved = Dictionary(uniqueKeysWithValues: recurrence.moves.map { ($0.from, $0.to) })
            let order = (0..<recurrence.count).map { start.adding(days: $0 * cadence) }.map { moved[$0] ?? $0 }
            #expect(order == order.sorted(), "gaps \(gaps): an override passes another instance")
        }
    }
}
