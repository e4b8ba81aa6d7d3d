/// Why the report could not be rendered.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// No templates folder was given and none ships with the program.
    case templatesNotFound
    /// A template the report needs is missing from the templates folder.
    case missingTemplate(name: String, directory: String)
    /// A template does not parse as Mustache.
    case invalidTemplate(file: String, reason: String)
    /// The language's string table is missing or is not a JSON object of strings.
    case unreadableStrings(file: String, reason: String)

    public var description: String {
        switch self {
        case .templatesNotFound:
            "The report templates were not found next to the program; pass a templates folder."
        case .missingTemplate(let name, let directory):
            "The report template '\(name).mustache' is missing from \(directory)."
        case .invalidTemplate(let file, let reason):
            "The report template \(file) is not valid Mustache: \(reason)"
        case .unreadableStrings(let file, let reason):
            "The report's texts \(file) cannot be read (a JSON object of strings is expected): \(reason)"
        }
    }
}
