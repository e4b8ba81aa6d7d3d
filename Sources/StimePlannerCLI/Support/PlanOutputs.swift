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

    /// Prepares `directory` for the outputs before any work is done: creates it, cleans up
    /// after interrupted runs, and checks that every output can be written (exit 73 otherwise).
    static func prepare(_ directory: URL) throws(OutputError) {
        try OutputWriter(directory: directory).prepare()
    }

    /// Renders the calendars and the report, then writes them (and, when asked, `plan.json`)
    /// into `directory` as one unit (``OutputWriter``).
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

        var files = ["report.html": Data(report.utf8)]
        files["plan.json"] = planData
        try OutputWriter(directory: directory).write(folderFiles: calendars, files: files)
    }
}
