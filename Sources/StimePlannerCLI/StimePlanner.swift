import ArgumentParser

/// The `stime-planner` command: plans the STIME partnership's training, supervision and meetings.
///
/// `main()` is written out so that every failure, of parsing or of running, goes through
/// ``ExitStatus`` and ends with the exit code of CLI.md; subcommands may be
/// `ParsableCommand` or `AsyncParsableCommand`.
@main
struct StimePlanner: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stime-planner",
        abstract: "Plans STIME training cohorts, supervision groups and meetings, and exports calendars.",
        discussion: """
            SCENARIO is a .json, .yaml or .yml file, or 'default' for the embedded Region \
            Midtjylland scenario (also used when SCENARIO is left out).

            Exit codes:
              0   success (plan: every need assigned; check: no hard rule broken)
              3   plan: written, but some needs are unassigned (see explain)
              4   check: hard rules are broken
              64  wrong usage (unknown flag, missing argument)
              65  invalid input (file, JSON path, line and column are named)
              66  an input file does not exist or cannot be read
              70  internal error
              73  an output cannot be written (earlier outputs are left as they were)
              130 interrupted by Ctrl-C (143: by SIGTERM); earlier outputs are left as they were
            """,
        subcommands: [
            ValidateCommand.self, CalendarCommand.self, PlanCommand.self, ReplanCommand.self, WhatifCommand.self,
            CheckCommand.self, ExplainCommand.self, ExportCommand.self, GenerateCommand.self, ServeCommand.self,
            TokenCommand.self, BackupCommand.self,
        ]
    )

    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            ExitStatus.exit(for: error)
        }
        // The server handles SIGINT and SIGTERM itself: it finishes the requests in flight.
        if !(command is ServeCommand) {
            Interruption.shared.install()
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
