import ArgumentParser
import Foundation
import Planner
import PlanningModel

/// `stime-planner plan`: solves a scenario and writes the plan, the calendars and the report.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plans cohorts, supervision groups and meetings; writes plan.json, calendars and report.",
        discussion: """
            Writes DIR/plan.json, DIR/calendars/*.ics and DIR/report.html. The search stops after a fixed \
            amount of work, so the same command gives the same plan.json byte for byte apart from \
            solver.elapsedSeconds. The default work is 10000 x 1000 / (1000 + needs) iterations, rounded \
            down to hundreds (9100 for the default scenario; about 5 s on one core); --iterations sets \
            it: more iterations, a better plan (solver.iterations in plan.json says how many a run used). \
            --time-limit is only a safety cap (default 10 s; none with --iterations unless given): when \
            it ends the work, a warning says so and the run is not reproducible. \
            Exit code 0 when every need is assigned, 3 when some are not (each with reason and suggestions).
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .customLong("out"), help: "The output folder.")
    var output = "stime-plan"

    @Option(help: "The seed of the search.")
    var seed: UInt64 = 1

    @Option(
        name: .customLong("time-limit"),
        help: "Safety cap in seconds (default 10; none with --iterations unless given).")
    var timeLimit: Double?

    @Option(help: "Work budget in search iterations (default 10000 x 1000 / (1000 + needs)).")
    var iterations: Int?

    @Option(name: .customLong("lang"), help: "Language of reasons, suggestions, calendars and report: da or en.")
    var language: OutputLanguage = .da

    @Flag(help: "No progress on standard error.")
    var quiet = false

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        try SearchBudget.validate(timeLimit: timeLimit, iterations: iterations)
    }

    func run() throws {
        let loaded = try input.load()
        try templates.check(language: language)
        let directory = URL(fileURLWithPath: output)
        try PlanOutputs.prepare(directory)
        let progress = ProgressLine(enabled: !quiet && ProgressLine.standardErrorIsTerminal)
        var options = SearchBudget.options(
            seed: seed, timeLimit: timeLimit, iterations: iterations, language: language)
        if progress.isEnabled {
            options.progress = { snapshot in progress.show(snapshot) }
        }
        let result = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar).run(options)
        let plan = result.plan
        progress.finish()
        if result.stoppedByTimeLimit {
            StandardError.write("warning: --time-limit ended the search before its work budget; not reproducible")
        }

        try PlanOutputs(loaded: loaded, plan: plan, language: language, templates: templates)
            .write(to: directory, includingPlan: true)
        print(PlanSummaryText(plan: plan, directory: output).text)
        if plan.score.hardViolations > 0 {
            throw ExitCode(ExitStatus.internalError)
        }
        if !plan.unassigned.isEmpty {
            throw ExitCode(3)
        }
    }
}
