import ArgumentParser
import PlanChecker
import PlanTemplates
import PlanningModel

/// `stime-planner check [SCENARIO] PLAN`: re-checks a plan with code independent of the solver.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-checks a plan against every hard rule and recomputes every objective term.",
        discussion: """
            Prints a table of H1–H12 and S1–S11. With --base and --today (a re-plan, REPLAN.md) also H13 \
            (history) and H14 (pins), H1–H12 judged from today on (H5 and H10 on the whole plan), and S11 \
            against the base. Exit code 0 when no hard rule is broken, 4 otherwise.
            """
    )

    @OptionGroup var files: ScenarioAndPlanArguments
    @OptionGroup var replan: ReplanCheckOptions

    @Option(
        name: .customLong("lang"), help: "Language of the table: da or en (default: the plan's language, else da).")
    var language: OutputLanguage?

    func run() throws {
        let loaded = try files.loadScenario()
        let planFile = files.planFile
        let data = try planFile.data()
        planFile.warnIfMade(for: loaded.scenario, bytes: data)
        let context = try replan.context()
        let strings = try StringTable.bundled(language ?? planFile.language(in: data) ?? .da)
        let report: CheckReport
        do {
            report = try PlanChecker(
                scenario: loaded.scenario, calendar: loaded.calendar, replan: context, strings: strings
            )
            .check(planJSON: data)
        } catch {
            throw planFile.invalid(data, error)
        }
        print(report.table(strings: strings))
        if report.hardViolationCount > 0 {
            throw ExitCode(4)
        }
    }
}
