/// One problem found in a scenario: where it is and what is wrong.
///
/// Printed like a compiler diagnostic, so editors and people can jump to the place:
///
///     scenario.yaml:12:7: error: municipalities[3].therapists[0].manuals[1]: unknown manual 'ocdd' (known: uro, …)
///
/// `line` and `column` are known when the scenario came from a file; an issue found in a
/// scenario built in memory (for example a patched one) has neither.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
    /// Whether the issue makes the scenario invalid.
    public enum Severity: String, Sendable, Equatable {
        /// The scenario is rejected (exit code 65).
        case error
        /// Legal but probably unintended; printed and not fatal.
        case warning
    }

    public var severity: Severity
    /// The scenario file (as given on the command line) or `default`.
    public var file: String
    /// The JSON path of the offending value, such as `municipalities[3].therapists[0].manuals[1]`;
    /// `(document)` for the document as a whole.
    public var path: String
    /// 1-based line of the offending value, where the source has one.
    public var line: Int?
    /// 1-based column of the offending value, where the source has one.
    public var column: Int?
    /// What is wrong, in a sentence a scenario author can act on.
    public var message: String
    /// True when the issue is a file the scenario names (an `.ics` file) that is missing or
    /// cannot be read: the command-line tool then exits 66 rather than 65.
    public var isUnreadableFile: Bool

    public init(
        severity: Severity, file: String, path: String, line: Int? = nil, column: Int? = nil, message: String,
        isUnreadableFile: Bool = false
    ) {
        self.severity = severity
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.isUnreadableFile = isUnreadableFile
    }

    /// `file:line:column: severity: path: message` (line and column left out when unknown).
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(path): \(message)"
    }

    /// Whether this issue makes the scenario invalid.
    public var isError: Bool { severity == .error }
}
