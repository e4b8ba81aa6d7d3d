import ArgumentParser
import PlanningModel

/// `stime-planner calendar [SCENARIO] [--year Y]`: the scenario's working calendar.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Lists public holidays, closed ranges and school holidays, and counts workdays per month.",
        discussion: "Without --year, every year the horizon touches is shown."
    )

    @OptionGroup var input: ScenarioArgument

    @Option(help: "Show only this year (1900–2999).")
    var year: Int?

    func validate() throws {
        if let year, !(1900...2999).contains(year) {
            throw ValidationError("--year must be between 1900 and 2999, not \(year)")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let overview = CalendarOverview(scenario: loaded.scenario, calendar: loaded.calendar, years: year.map { [$0] })
        print(CalendarText(overview: overview, scenario: loaded.scenario).lines.joined(separator: "\n"))
    }
}
