import Foundation
import PlanningModel

/// Why a file or folder named on the command line (a `plan.json`, a templates folder) could
/// not be used.
struct InputFileError: Error, CustomStringConvertible {
    /// The complete message, starting with the file name.
    let message: String
    /// True when the file could not be read at all (exit 66), false when its contents are not
    /// what was asked for (65).
    let isUnreadable: Bool

    init(file: String, reason: String, isUnreadable: Bool) {
        self.init(message: "\(file): error: \(reason)", isUnreadable: isUnreadable)
    }

    init(message: String, isUnreadable: Bool) {
        self.message = message
        self.isUnreadable = isUnreadable
    }

    var description: String { message }

    /// The error for a plan or pins file that could not be loaded.
    init(_ error: DocumentLoadError) {
        switch error {
        case .unreadable:
            self.init(message: error.description, isUnreadable: true)
        case .invalid:
            self.init(message: error.description, isUnreadable: false)
        }
    }
}
