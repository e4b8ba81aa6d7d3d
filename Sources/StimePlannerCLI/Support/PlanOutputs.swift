import Foundation
import PlanCalendars
import PlanReport
import PlanningModel

/// Writes everything `plan` and `export` produce: `plan.json`, `calendars/*.ics` and `report.html`.
struct PlanOutputs {
    let loaded: LoadedScenario
    let plan: Plan
    let language: OutputLanguage
    let templates: TemplateOptions

    /// Renders the calendars and the report, then writes them (and, when asked, `plan.json`)
    /// atomically into `directory`.
    ///
    /// Everything is rendered before the first byte is written, so a rendering failure
    /// leaves earlier outputs untouched.
    func write(to directory: URL, includingPlan: Bool) throws {
        try templates.checkFolder()
        let export = try CalendarExport(
            scenario: loaded.scenario, plan: plan, language: language,
            templatesDirectory: templates.directory("calendar"), timestamp: Date())
        let calendars = try export.files().map { (name: $0.name, data: Data($0.contents.utf8)) }
        let report = try PlanReportRenderer(
            scenario: loaded.scenario, plan: plan, calendar: loaded.calendar, language: language,
            templatesDirectory: templates.directory("report")
        ).render()
        let planData = includingPlan ? try plan.jsonData() : nil

        let writer = OutputWriter(directory: directory)
        if let planData {
            try writer.write(planData, to: "plan.json")
        }
        try writer.replaceFolder("calendars", with: calendars)
        try writer.write(Data(report.utf8), to: "report.html")
    }
}
