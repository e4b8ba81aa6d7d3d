/// Why a JSON input other than a scenario (a base plan, a pins file) could not be loaded.
///
/// The command-line tool maps ``unreadable(file:reason:)`` to exit code 66 and
/// ``invalid(document:issues:)`` to exit code 65 (CLI.md).
public enum DocumentLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist, is a directory, or cannot be read.
    case unreadable(file: String, reason: String)
    /// The file was read but is not valid; `document` names what it should be ("plan",
    /// "pins file"), `issues` every problem found, each with file, JSON path, line and column.
    case invalid(document: String, issues: [ScenarioIssue])

    /// One line per issue and a summary, or the reason the file could not be read.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: \(reason)"
        case .invalid(let document, let issues):
            let count = issues.count
            let summary = "\(count) error\(count == 1 ? "" : "s"): the \(document) is not valid"
            return (issues.map(\.description) + [summary]).joined(separator: "\n")
        }
    }
}
