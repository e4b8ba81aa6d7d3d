import Foundation

/// The run was stopped by a signal (exit code 128 + its number).
struct Interrupted: Error, CustomStringConvertible {
    /// The signal's number.
    let signal: Int32
    /// Whether the new outputs were already in place when the run stopped.
    let outputsReplaced: Bool

    /// 130 for SIGINT, 143 for SIGTERM.
    var exitCode: Int32 { 128 + signal }

    var description: String {
        let name = signal == SIGINT ? "interrupted" : "stopped by signal \(signal)"
        return outputsReplaced
            ? "\(name) after the new outputs were in place"
            : "\(name); earlier outputs are left as they were"
    }
}
