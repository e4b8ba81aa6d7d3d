import Foundation
import PlanChecker
import Planner
import PlanningModel

/// Re-plans the published plan for a changed scenario (REPLAN.md), as `stime-planner replan`
/// does: `today` is the server's date in the scenario's time zone, the waitlisted therapists
/// are added, and the budget is a fixed number of iterations so that the answer is
/// reproducible.
public struct Replanning: Sendable {
    /// Iterations of the search.
    public var iterations: Int
    /// The most seconds a re-plan may take, whatever `iterations` says.
    public var timeLimit: Double

    public init(iterations: Int = 500, timeLimit: Double = 60) {
        self.iterations = iterations
        self.timeLimit = timeLimit
    }

    /// The re-plan of `base` for `scenario`, starting `today`, keeping `pins`.
    func replan(_ base: Plan, for scenario: LoadedScenario, today: CalendarDay, pins: Pins = Pins()) -> Plan {
        let baseTotal = PlanChecker(scenario: scenario.scenario, calendar: scenario.calendar).check(base).total
        let request = ReplanRequest(base: base, today: today, pins: pins, baseTotal: baseTotal)
        return StimePlanSolver(scenario: scenario.scenario, calendar: scenario.calendar)
            .replan(request, PlannerOptions(seed: 1, timeLimit: timeLimit, iterations: iterations))
    }

    /// Today's date where the scenario is (`Europe/Copenhagen`).
    static func today(in scenario: Scenario, at time: Date = Date()) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: scenario.timezone) ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
