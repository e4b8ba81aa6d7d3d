import Foundation
import PlanChecker
import Planner
import PlanningModel

/// What `replan` and `whatif` read besides the scenario: the published plan (checked against
/// plan.schema.json), the pins and today.
enum ReplanInputs {
    /// The published plan at `path`.
    ///
    /// - Throws: ``InputFileError``: 66 when it cannot be read, 65 with file, JSON path, line
    ///   and column when it is not a plan.
    static func base(_ path: String) throws(InputFileError) -> Plan {
        do {
            return try PlanLoader.load(path)
        } catch {
            throw InputFileError(error)
        }
    }

    /// The pins file at `path` (every pin must name something in `base`), or no pins.
    static func pins(_ path: String?, base: Plan) throws(InputFileError) -> Pins {
        guard let path else { return Pins() }
        do {
            return try PinsLoader.load(path, base: base)
        } catch {
            throw InputFileError(error)
        }
    }

    /// `--today`, or the current date in the scenario's time zone.
    static func today(_ text: String?, scenario: Scenario) -> CalendarDay {
        if let text, let day = CalendarDay(iso: text) { return day }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: scenario.timezone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The checked message for a `--today` that is not a date, or nil.
    static func todayProblem(_ text: String?) -> String? {
        guard let text, CalendarDay(iso: text) == nil else { return nil }
        return "--today: '\(text)' is not a date of the form YYYY-MM-DD."
    }

    /// The request for the planner, with the base's total as the independent checker
    /// scores it under the new scenario.
    static func request(base: Plan, today: CalendarDay, pins: Pins, loaded: LoadedScenario) -> ReplanRequest {
        let total = PlanChecker(scenario: loaded.scenario, calendar: loaded.calendar).check(base).total
        return ReplanRequest(base: base, today: today, pins: pins, baseTotal: total)
    }
}
