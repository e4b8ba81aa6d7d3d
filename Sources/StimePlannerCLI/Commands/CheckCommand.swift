import ArgumentParser
import PlanChecker
import PlanningModel

/// `stime-planner check SCENARIO PLAN`: re-checks a plan with code independent of the solver.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-checks a plan against every hard rule and recomputes every objective term.",
        discussion: "Prints a table of H1–H12 and S1–S10. Exit code 0 when no hard rule is broken, 4 otherwise."
    )

    @OptionGroup var input: ScenarioArgument
    @OptionGroup var planFile: PlanArgument

    func run() throws {
        let loaded = try input.load()
        let data = try planFile.data()
        let report: CheckReport
        do {
            report = try PlanChecker(scenario: loaded.scenario, calendar: loaded.calendar).check(planJSON: data)
        } catch {
            throw planFile.invalid(data, error)
        }
        print(report.table())
        if report.hardViolationCount > 0 {
            throw ExitCode(4)
        }
    }
}
