import ArgumentParser
import Foundation
import PlanningModel

/// `stime-planner export SCENARIO PLAN`: writes the calendars and the report again from a plan.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the calendars and the report again from an existing plan.",
        discussion: "Writes DIR/calendars/*.ics and DIR/report.html; plan.json is left as it is."
    )

    @OptionGroup var input: ScenarioArgument
    @OptionGroup var planFile: PlanArgument

    @Option(name: .customLong("out"), help: "The output folder.")
    var output = "stime-plan"

    @Option(name: .customLong("lang"), help: "Language of calendars and report: da or en.")
    var language: OutputLanguage = .da

    @OptionGroup var templates: TemplateOptions

    func run() throws {
        let loaded = try input.load()
        let plan = try planFile.load()
        if plan.scenario != loaded.scenario.name {
            StandardError.write(
                "\(planFile.plan): warning: the plan was made for scenario '\(plan.scenario)', "
                    + "not '\(loaded.scenario.name)'")
        }
        let directory = URL(fileURLWithPath: output)
        try PlanOutputs.prepare(directory)
        try PlanOutputs(loaded: loaded, plan: plan, language: language, templates: templates)
            .write(to: directory, includingPlan: false)
        print("Wrote \(output)/calendars/ and \(output)/report.html.")
    }
}
