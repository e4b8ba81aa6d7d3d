import ArgumentParser
import Foundation
import PlanCalendars
import PlanReport
import PlanningModel

/// The one place that turns a failure into a message and an exit code (CLI.md): 65 invalid
/// input, 66 unreadable input, 73 an output that cannot be written, 70 anything unexpected,
/// and 128 + the signal's number for a run stopped by Ctrl-C (130) or SIGTERM (143).
///
/// Every error swift-argument-parser owns (a help or version request, a usage or
/// validation error, an ``ExitCode``, a ``CleanExit``) is handed back to it, so help goes to
/// standard output with exit code 0 and wrong usage to standard error with 64. Parsing and
/// running both end here.
enum ExitStatus {
    static let invalidInput: Int32 = 65
    static let unreadableInput: Int32 = 66
    static let internalError: Int32 = 70
    static let cannotWriteOutput: Int32 = 73

    /// The exit code for `error`.
    static func code(for error: any Error) -> Int32 {
        switch error {
        case let error as ScenarioLoadError:
            error.isUnreadable ? unreadableInput : invalidInput
        case let error as InputFileError:
            error.isUnreadable ? unreadableInput : invalidInput
        case is OutputError:
            cannotWriteOutput
        case let error as ReportError:
            switch error {
            case .invalidTemplate, .unreadableStrings: invalidInput
            case .missingTemplate: unreadableInput
            case .templatesNotFound: internalError
            }
        case let error as CalendarExportError:
            switch error {
            case .templateInvalid: invalidInput
            case .templatesNotFound, .templateUnreadable: unreadableInput
            case .unknownTimeZone, .libical: internalError
            }
        case let error as Interrupted:
            error.exitCode
        default:
            isOwnedByArgumentParser(error) ? StimePlanner.exitCode(for: error).rawValue : internalError
        }
    }

    /// Prints what went wrong (or the help asked for) and ends the process with the matching exit code.
    static func exit(for error: any Error) -> Never {
        switch error {
        case let error as ScenarioLoadError:
            StandardError.write(error.description)
        case let error as InputFileError:
            StandardError.write(error.description)
        case let error as OutputError:
            StandardError.write("stime-planner: \(error.description)")
        case let error as Interrupted:
            StandardError.write("stime-planner: \(error.description)")
        case let error as ReportError where code(for: error) != internalError:
            StandardError.write(error.description)
        case let error as CalendarExportError where code(for: error) != internalError:
            StandardError.write(error.description)
        case _ where isOwnedByArgumentParser(error):
            StimePlanner.exit(withError: error)
        default:
            StandardError.write("stime-planner: internal error: \(error)")
        }
        Foundation.exit(code(for: error))
    }

    /// Whether swift-argument-parser knows `error`: it maps every error it does not know to
    /// its catch-all `ExitCode.failure` (1), a code this tool never uses.
    private static func isOwnedByArgumentParser(_ error: any Error) -> Bool {
        StimePlanner.exitCode(for: error) != .failure
    }
}

/// Writes lines to standard error, where every diagnostic goes.
enum StandardError {
    /// Writes `text` as a whole line.
    static func write(_ text: String) {
        writeRaw(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes `text` exactly as given (for a progress line that rewrites itself).
    static func writeRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
