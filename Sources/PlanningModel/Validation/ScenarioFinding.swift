/// An issue found in a scenario value, before it is tied to a file and a position.
struct ScenarioFinding: Sendable, Equatable {
    var severity: ScenarioIssue.Severity
    var path: SourcePath
    var message: String
    /// The finding is a file the scenario names that cannot be read (exit 66, not 65).
    var isUnreadableFile = false

    static func error(_ path: SourcePath, _ message: String) -> ScenarioFinding {
        ScenarioFinding(severity: .error, path: path, message: message)
    }

    /// An error about a file the scenario names that is missing or cannot be read.
    static func unreadableFile(_ path: SourcePath, _ message: String) -> ScenarioFinding {
        ScenarioFinding(severity: .error, path: path, message: message, isUnreadableFile: true)
    }

    static func warning(_ path: SourcePath, _ message: String) -> ScenarioFinding {
        ScenarioFinding(severity: .warning, path: path, message: message)
    }
}
