import ArgumentParser

/// The `stime-planner` command: plans the STIME partnership's training, supervision and meetings.
///
/// `main()` is written out so that every failure goes through ``ExitStatus`` and ends with
/// the exit code of CLI.md; subcommands may be `ParsableCommand` or `AsyncParsableCommand`.
@main
struct StimePlanner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stime-planner",
        abstract: "Plans STIME training cohorts, supervision groups and meetings, and exports calendars.",
        discussion: """
            SCENARIO is a .json, .yaml or .yml file, or 'default' for the embedded Region \
            Midtjylland scenario (also used when SCENARIO is left out).
            Exit codes: 0 success, 64 wrong usage, 65 invalid input, 66 unreadable input, 70 internal error.
            """,
        subcommands: [
            ValidateCommand.self, CalendarCommand.self, PlanCommand.self, CheckCommand.self, ExplainCommand.self,
            ExportCommand.self, GenerateCommand.self,
        ]
    )

    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)  // usage errors: message and exit code 64 from ArgumentParser
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch {
            ExitStatus.exit(for: error)
        }
    }
}
