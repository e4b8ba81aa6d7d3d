import ArgumentParser
import Foundation
import TestSupport
import Testing

@testable import StimePlannerCLI

/// `--help`, `-h` and `help SUB` of the top command and of every subcommand it lists, so a
/// command added later is covered without touching this file.
@Suite struct HelpTests {
    /// The subcommands' names, read from the top command's configuration.
    static let subcommands = StimePlanner.configuration.subcommands.map { $0._commandName }

    @Test func listsTheSubcommandsItChecks() {
        #expect(Self.subcommands.contains("plan"))
        #expect(Self.subcommands.count == StimePlanner.configuration.subcommands.count)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func topLevelHelpNamesEveryCommandAndExitCode(_ arguments: [String]) throws {
        let run = try PlannerBinary.run(arguments)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        #expect(run.standardOutput.contains("USAGE: stime-planner <subcommand>"))
        for name in Self.subcommands {
            #expect(run.standardOutput.contains("  \(name) "), "\(name) is listed")
        }
        for code in [0, 3, 4, 64, 65, 66, 70, 73, 130] {
            #expect(run.standardOutput.contains("\n  \(code) "), "exit code \(code) is explained")
        }
    }

    @Test(arguments: subcommands)
    func everySubcommandHasHelp(_ name: String) throws {
        let command = try #require(StimePlanner.configuration.subcommands.first { $0._commandName == name })
        for arguments in [[name, "--help"], [name, "-h"], ["help", name]] {
            let run = try PlannerBinary.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            #expect(run.standardError.isEmpty, "\(arguments)")
            #expect(run.standardOutput.contains("USAGE: stime-planner \(name)"), "\(arguments)")
            #expect(run.standardOutput.contains("OPTIONS:"), "\(arguments)")
            let abstract = command.configuration.abstract
            #expect(!abstract.isEmpty && run.standardOutput.contains(abstract.prefix(40)), "\(arguments)")
        }
    }

    @Test(arguments: subcommands)
    func wrongUsageSaysWhereHelpIs(_ name: String) throws {
        let run = try PlannerBinary.run([name, "--no-such-flag"])
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("Error: "))
        #expect(run.standardError.contains("See 'stime-planner \(name) --help'"))
        #expect(!run.standardError.contains("internal error"))
    }

    @Test func anUnknownCommandIsWrongUsage() throws {
        let run = try PlannerBinary.run(["plna"])
        #expect(run.status == 64)
        #expect(!run.standardError.contains("internal error"))
    }

    @Test func mapsOnlyUnknownErrorsToAnInternalError() {
        struct Unexpected: Error {}
        #expect(ExitStatus.code(for: Unexpected()) == 70)
        #expect(ExitStatus.code(for: ValidationError("no")) == 64)
        #expect(ExitStatus.code(for: CleanExit.helpRequest()) == 0)
        #expect(ExitStatus.code(for: ExitCode(3)) == 3)
        #expect(ExitStatus.code(for: OutputError(path: "x", reason: "full")) == 73)
    }
}
