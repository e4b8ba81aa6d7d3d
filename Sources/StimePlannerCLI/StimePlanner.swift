import ArgumentParser

/// The `stime-planner` command: plans the STIME partnership's training, supervision and meetings.
@main
struct StimePlanner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stime-planner",
        abstract: "Plans STIME training cohorts, supervision groups and meetings, and exports calendars.",
        subcommands: []
    )
}
