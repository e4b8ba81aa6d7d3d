import ArgumentParser
import PlanChecker
import PlanningModel

/// `check`'s options for a re-plan: `--base BASE --today DATE [--pins FILE]` (REPLAN.md).
struct ReplanCheckOptions: ParsableArguments {
    @Option(help: "The published plan.json this plan re-plans: checks H13 and H14 and recomputes S11 (needs --today).")
    var base: String?

    @Option(help: "With --base: the first day that is not history (YYYY-MM-DD).")
    var today: String?

    @Option(help: "With --base: a pins file (a JSON array of cohort, group, meeting and membership pins).")
    var pins: String?

    func validate() throws {
        switch (base, today) {
        case (nil, nil):
            if pins != nil { throw ValidationError("--pins needs --base and --today.") }
        case (_?, nil):
            throw ValidationError("--base needs --today (the first day that is not history).")
        case (nil, _?):
            throw ValidationError("--today needs --base (the plan that was published).")
        case (_?, let today?):
            if CalendarDay(iso: today) == nil {
                throw ValidationError("--today: '\(today)' is not a date of the form YYYY-MM-DD.")
            }
        }
    }

    /// The re-plan context, or nil when `--base` is not given.
    ///
    /// - Throws: ``InputFileError`` when the base or the pins file is missing (66) or invalid (65).
    func context() throws(InputFileError) -> ReplanCheckContext? {
        guard let base, let today, let day = CalendarDay(iso: today) else { return nil }
        do {
            let plan = try PlanLoader.load(base)
            let pinned = try pins.map { path throws(DocumentLoadError) in try PinsLoader.load(path, base: plan) }
            return ReplanCheckContext(base: plan, today: day, pins: pinned ?? Pins())
        } catch {
            throw InputFileError(error)
        }
    }
}
