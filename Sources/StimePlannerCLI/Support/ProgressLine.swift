import Foundation
import Planner

/// The live progress line `plan` keeps rewriting on standard error when it is a terminal.
struct ProgressLine: Sendable {
    let isEnabled: Bool

    init(enabled: Bool) {
        isEnabled = enabled
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Rewrites the line with the search's current state.
    func show(_ progress: PlannerProgress) {
        guard isEnabled else { return }
        let elapsed = String(format: "%6.1f s", progress.elapsedSeconds)
        StandardError.writeRaw(
            "\r\u{1B}[2K\(elapsed)  best total \(progress.bestTotal)  unassigned \(progress.unassigned)  iterations \(progress.iterations)"
        )
    }

    /// Ends the line so later output starts on a fresh one.
    func finish() {
        guard isEnabled else { return }
        StandardError.writeRaw("\n")
    }
}
