/// Why a scenario could not be loaded.
///
/// The command-line tool maps ``unreadable(file:reason:)`` to exit code 66 and
/// ``invalid(_:)`` to exit code 65 (CLI.md).
public enum ScenarioLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist, is a directory, or cannot be read.
    case unreadable(file: String, reason: String)
    /// The file was read but is not a valid scenario; every problem found, errors first
    /// (warnings found on the way are included too).
    case invalid([ScenarioIssue])

    /// Whether a file could not be read: the scenario itself, or an `.ics` file it names
    /// (CLI.md: exit 66, also when other problems were found with it).
    public var isUnreadable: Bool {
        switch self {
        case .unreadable: true
        case .invalid(let issues): issues.contains { $0.isError && $0.isUnreadableFile }
        }
    }

    /// Only the issues that are errors.
    public var errors: [ScenarioIssue] {
        guard case .invalid(let issues) = self else { return [] }
        return issues.filter(\.isError)
    }

    /// One line per issue, or the reason the file could not be read.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read the scenario: \(reason)"
        case .invalid(let issues):
            let errorCount = issues.filter(\.isError).count
            let lines = issues.map(\.description)
            let summary = "\(errorCount) error\(errorCount == 1 ? "" : "s"): the scenario is not valid"
            return (lines + [summary]).joined(separator: "\n")
        }
    }
}
