import PlanTemplates

/// Why calendars could not be exported.
public enum CalendarExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The templates folder does not exist (or the bundled one is missing from the install).
    case templatesNotFound(path: String)
    /// A template file is missing or cannot be read.
    case templateUnreadable(file: String)
    /// A template is not valid Mustache.
    case templateInvalid(TemplateSyntaxError)
    /// The scenario's time zone is unknown to libical (is the `tzdata` package installed?).
    case unknownTimeZone(String)
    /// libical reported an error while building the calendars.
    case libical(String)

    public var description: String {
        switch self {
        case .templatesNotFound(let path):
            "\(path): error: calendar templates folder not found"
        case .templateUnreadable(let file):
            "\(file): error: calendar template missing or unreadable"
        case .templateInvalid(let error):
            error.description
        case .unknownTimeZone(let name):
            "unknown time zone '\(name)' (install the tzdata package)"
        case .libical(let message):
            "libical: \(message)"
        }
    }
}
