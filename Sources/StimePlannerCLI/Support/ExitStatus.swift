import ArgumentParser
import Foundation
import PlanningModel

/// The one place that turns a failure into a message on standard error and an exit code
/// (CLI.md): 65 invalid input, 66 unreadable input, 64 wrong usage, 70 anything unexpected.
enum ExitStatus {
    static let invalidInput: Int32 = 65
    static let unreadableInput: Int32 = 66
    static let internalError: Int32 = 70
    static let cannotWriteOutput: Int32 = 73

    /// The exit code for `error`.
    static func code(for error: any Error) -> Int32 {
        switch error {
        case let error as ScenarioLoadError:
            switch error {
            case .unreadable: unreadableInput
            case .invalid: invalidInput
            }
        case let error as InputFileError:
            error.isUnreadable ? unreadableInput : invalidInput
        case is OutputError:
            cannotWriteOutput
        case let exit as ExitCode:
            exit.rawValue
        case is ValidationError:
            ExitCode.validationFailure.rawValue
        case is CleanExit:
            0
        default:
            internalError
        }
    }

    /// Prints what went wrong and ends the process with the matching exit code.
    static func exit(for error: any Error) -> Never {
        switch error {
        case let error as ScenarioLoadError:
            StandardError.write(error.description)
        case let error as InputFileError:
            StandardError.write(error.description)
        case let error as OutputError:
            StandardError.write("stime-planner: \(error.description)")
        case is ExitCode:
            break
        case is ValidationError, is CleanExit:
            StimePlanner.exit(withError: error)
        default:
            StandardError.write("stime-planner: internal error: \(error)")
        }
        Foundation.exit(code(for: error))
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
