import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel

/// Renders a plan as one self-contained HTML page (issue 6): a summary, a timeline, the
/// psychologists' load, a map, a table per manual, the meeting schedule, the score terms
/// and every unassigned need with its reason and suggestions.
///
/// The page has its CSS and SVG charts inline and loads nothing (no scripts, fonts or
/// images from anywhere), so it can be mailed, opened offline and printed on A4. Its
/// wording comes from Mustache templates and a string table per language in
/// `Templates/report/`; pass another folder to use the secretariat's own.
///
/// The renderer only reads; it writes no files. It works for any plan, including
/// partial or broken ones: ids the scenario does not know are shown as they are. The
/// score section and the status come from an independent ``PlanChecker`` run, so a
/// plan edited by hand is judged by the rules, not by the numbers it claims.
public struct PlanReportRenderer: Sendable {
    public let scenario: Scenario
    public let plan: Plan
    public let calendar: PlanningCalendar
    public let language: OutputLanguage
    /// A folder with `report.mustache`, its partials and `strings-<lang>.json`; nil for the bundled one.
    public let templatesDirectory: URL?

    /// Prepares a report of `plan` for `scenario`.
    ///
    /// - Parameters:
    ///   - scenario: the scenario the plan was made for.
    ///   - plan: the plan to show.
    ///   - calendar: the scenario's working calendar (public holidays, closures, school holidays).
    ///   - language: the language of the page (Danish by default in the CLI).
    ///   - templatesDirectory: a folder of report templates to use instead of the bundled ones.
    public init(
        scenario: Scenario, plan: Plan, calendar: PlanningCalendar, language: OutputLanguage,
        templatesDirectory: URL? = nil
    ) {
        self.scenario = scenario
        self.plan = plan
        self.calendar = calendar
        self.language = language
        self.templatesDirectory = templatesDirectory
    }

    /// The whole HTML document.
    ///
    /// - Returns: the page as a string, UTF-8 when written out.
    /// - Throws: ``ReportError`` when the templates or the string table cannot be read.
    public func render() throws -> String {
        let (templates, strings) = try Self.load(templatesDirectory, language)
        let context = ReportContext(scenario: scenario, plan: plan, calendar: calendar, strings: strings)
        // The score section shows the independent re-check, not only the solver's own figures.
        let check = PlanChecker(scenario: scenario, calendar: calendar, strings: strings).check(plan)
        let view = ReportViewBuilder(context: context, check: check).build()
        return templates.render(view)
    }

    /// Reads and parses the report's templates and string table without rendering, so a
    /// broken templates folder is found before a long run.
    ///
    /// - Throws: ``ReportError`` when the templates or the string table cannot be read.
    public static func checkTemplates(directory: URL?, language: OutputLanguage) throws {
        _ = try load(directory, language)
    }

    private static func load(_ templatesDirectory: URL?, _ language: OutputLanguage) throws -> (
        ReportTemplates, StringTable
    ) {
        guard let directory = templatesDirectory ?? PlanTemplates.bundledDirectory("report") else {
            throw ReportError.templatesNotFound
        }
        let templates = try ReportTemplates(directory: directory)
        do {
            return (templates, try StringTable(directory: directory, language: language))
        } catch {
            throw ReportError.unreadableStrings(file: error.file, reason: error.reason)
        }
    }
}
