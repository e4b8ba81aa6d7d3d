import PlanTemplates

/// Why the report could not be rendered.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// No templates folder was given and none ships with the program.
    case templatesNotFound
    /// A template the report needs is missing from the templates folder.
    case missingTemplate(name: String, directory: String)
    /// A template does not parse as Mustache.
    case invalidTemplate(TemplateSyntaxError)
    /// The language's string table is missing or is not a JSON object of strings.
    case unreadableStrings(file: String, reason: String)

    public var description: String {
        switch self {
        case .templatesNotFound:
            "The report templates were not found next to the program; pass a templates folder."
        case .missingTemplate(let name, let directory):
            "\(directory): error: the report template '\(name).mustache' is missing"
        case .invalidTemplate(let error):
            error.description
        case .unreadableStrings(let file, let reason):
            "\(file): error: the report's texts cannot be read (a JSON object of texts is expected): \(reason)"
        }
    }
}
