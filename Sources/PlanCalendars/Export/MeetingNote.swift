/// What the secretariat adds to one meeting's event: a link to its agenda and a note, shown
/// in the event's `DESCRIPTION` (the meeting templates' `{{#agenda}}` and `{{#note}}`).
public struct MeetingNote: Sendable, Hashable {
    /// A URL; nil when there is none.
    public var agenda: String?
    /// Plain text; nil when there is none.
    public var note: String?

    public init(agenda: String?, note: String?) {
        self.agenda = agenda
        self.note = note
    }
}
