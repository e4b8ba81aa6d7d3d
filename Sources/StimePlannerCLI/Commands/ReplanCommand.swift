import ArgumentParser
import Foundation
import Planner
import PlanningModel

/// `stime-planner replan`: re-plans a published plan for a changed scenario, keeping history
/// and pins and moving as few calendar entries as it is worth (REPLAN.md).
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Re-plans a published plan for a changed scenario; writes plan.json, calendars and report.",
        discussion: """
            Activities before --today stay as they were (H13), pinned cohorts, groups, meetings and \
            memberships stay as in BASE (H14), and every other calendar entry may move at the price of \
            weights.perturbation per person and entry (S11). Cohorts and groups keep their ids. plan.json \
            gets 'base', 'changes' and score.terms.S11. Ids in BASE that the scenario no longer has (people \
            who left) are listed, not errors. With --iterations the run is reproducible. Exit code 0 when \
            every need is assigned, 3 when some are not, 4 when history or pins force a broken hard rule \
            (a started cohort's trainer now away; 'check --base' lists them), 65 when BASE or the pins \
            file is not valid.
            """
    )

    @Argument(help: "A .json, .yaml or .yml scenario file, or 'default' for the embedded scenario.")
    var scenario: String

    @Argument(help: "The published plan.json to re-plan.")
    var base: String

    @Option(help: "The first day that is not history (YYYY-MM-DD); default: the current date.")
    var today: String?

    @Option(help: "A pins file: a JSON array of cohort, group, meeting and membership pins.")
    var pins: String?

    @Option(name: .customLong("out"), help: "The output folder.")
    var output = "stime-plan"

    @Option(help: "The seed of the search.")
    var seed: UInt64 = 1

    @Option(
        name: .customLong("time-limit"),
        help: "Safety cap in seconds (default 10; none with --iterations unless given).")
    var timeLimit: Double?

    @Option(help: "Stop after this many search iterations (reproducible runs).")
    var iterations: Int?

    @Option(name: .customLong("lang"), help: "Language of calendars and report: da or en.")
    var language: OutputLanguage = .da

    @Flag(help: "No progress on standard error.")
    var quiet = false

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        try SearchBudget.validate(timeLimit: timeLimit, iterations: iterations)
        if let problem = ReplanInputs.todayProblem(today) { throw ValidationError(problem) }
    }

    /// The seed, the work budget and the time limit as a safety cap, as for `plan`: 10 s
    /// unless `--iterations` is given, and always the `--time-limit` given (it was ignored
    /// beside `--iterations`).
    var plannerOptions: PlannerOptions {
        SearchBudget.options(seed: seed, timeLimit: timeLimit, iterations: iterations, language: language)
    }

    func run() throws {
        let loaded = try ScenarioLoading.loader().load(scenario)
        for warning in loaded.warnings { StandardError.write(warning.description) }
        let basePlan = try ReplanInputs.base(base)
        let pinned = try ReplanInputs.pins(pins, base: basePlan)
        try templates.checkFolder()
        let directory = URL(fileURLWithPath: output)
        try PlanOutputs.prepare(directory)
        let day = ReplanInputs.today(today, scenario: loaded.scenario)
        let progress = ProgressLine(enabled: !quiet && ProgressLine.standardErrorIsTerminal)
        var options = plannerOptions
        if progress.isEnabled {
            options.progress = { snapshot in progress.show(snapshot) }
        }
        let request = ReplanInputs.request(base: basePlan, today: day, pins: pinned, loaded: loaded)
        let plan = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar).replan(request, options)
        progress.finish()

        try PlanOutputs(loaded: loaded, plan: plan, language: language, templates: templates)
            .write(to: directory, includingPlan: true)
        print(ReplanSummaryText(plan: plan, base: basePlan, scenario: loaded.scenario, directory: output).text)
        if plan.score.hardViolations > 0 { throw ExitCode(4) }
        if !plan.unassigned.isEmpty { throw ExitCode(3) }
    }
}
