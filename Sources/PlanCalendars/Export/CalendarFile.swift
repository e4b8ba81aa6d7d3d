/// One iCalendar file of an export: its name under `DIR/calendars/` and its text.
public struct CalendarFile: Sendable, Equatable {
    /// File name relative to `DIR/calendars/`, for example `municipality-aarhus.ics`.
    public let name: String
    /// The iCalendar text (UTF-8, CRLF line endings, lines folded at 75 octets).
    public let contents: String

    /// Creates a file value.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
