import ArgumentParser
import PlanningModel

/// `stime-planner validate [SCENARIO]`: checks a scenario and summarises it on one screen.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Checks a scenario and prints a one-screen summary.",
        discussion: """
            Every problem is listed at once with file, JSON path, line and column; the exit code \
            is 65 when the scenario is invalid and 66 when it cannot be read. Warnings do not fail.
            """
    )

    @OptionGroup var input: ScenarioArgument

    func run() throws {
        let loaded = try input.load(printingWarnings: false)
        let summary = ScenarioSummary(scenario: loaded.scenario, calendar: loaded.calendar)
        print(SummaryText(summary: summary, loaded: loaded).lines.joined(separator: "\n"))
    }
}
