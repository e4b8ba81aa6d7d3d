import ArgumentParser
import PlanChecker
import PlanTemplates
import PlanningModel

/// `stime-planner explain [SCENARIO] PLAN`: what each objective term costs and why needs are unassigned.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explains a plan's score: the costliest entities per term and every unassigned need.",
        discussion:
            "Each S term with the entities that cost most, each unassigned need with its reason and suggestions."
    )

    @OptionGroup var files: ScenarioAndPlanArguments

    @Option(help: "How many entities to show per term.")
    var top = 5

    @Option(
        name: .customLong("lang"),
        help: "Language of the explanation: da or en (default: the plan's language, else da).")
    var language: OutputLanguage?

    func run() throws {
        let loaded = try files.loadScenario()
        let planFile = files.planFile
        let data = try planFile.data()
        planFile.warnIfMade(for: loaded.scenario, bytes: data)
        let plan = try planFile.load()
        let strings = try StringTable.bundled(language ?? plan.language ?? .da)
        let checker = PlanChecker(scenario: loaded.scenario, calendar: loaded.calendar, strings: strings)
        print(PlanExplanation(plan: plan, checker: checker, top: max(1, top)).text())
    }
}
