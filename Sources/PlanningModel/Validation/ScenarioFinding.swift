/// An issue found in a scenario value, before it is tied to a file and a position.
struct ScenarioFinding: Sendable, Equatable {
    var severity: ScenarioIssue.Severity
    var path: SourcePath
    var message: String

    static func error(_ path: SourcePath, _ message: String) -> ScenarioFinding {
        ScenarioFinding(severity: .error, path: path, message: message)
    }

    static func warning(_ path: SourcePath, _ message: String) -> ScenarioFinding {
        ScenarioFinding(severity: .warning, path: path, message: message)
    }
}
