import ArgumentParser
import Foundation
import PlanningModel

/// `stime-planner export [SCENARIO] PLAN`: writes the calendars and the report again from a plan.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the calendars and the report again from an existing plan.",
        discussion: "Writes DIR/calendars/*.ics and DIR/report.html; plan.json is left as it is."
    )

    @OptionGroup var files: ScenarioAndPlanArguments

    @Option(name: .customLong("out"), help: "The output folder.")
    var output = "stime-plan"

    @Option(
        name: .customLong("lang"),
        help: "Language of calendars and report: da or en (default: the plan's language, else da).")
    var language: OutputLanguage?

    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let loaded = try files.loadScenario()
        let planFile = files.planFile
        planFile.warnIfMade(for: loaded.scenario, bytes: try planFile.data())
        let plan = try planFile.load()
        let directory = URL(fileURLWithPath: output)
        try PlanOutputs.prepare(directory)
        // The plan's reasons and suggestions are worded in its own language; the rest follows it.
        let language = language ?? plan.language ?? .da
        try PlanOutputs(loaded: loaded, plan: plan, language: language, templates: templates)
            .write(to: directory, includingPlan: false)
        print("Wrote \(output)/calendars/ and \(output)/report.html.")
    }
}
