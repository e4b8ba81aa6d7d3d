import Foundation

/// What the secretariat adds to one meeting of a series: a link to its agenda and a note.
/// Both go into the meeting's calendar event (`DESCRIPTION`).
///
/// A meeting is named as plans name it: its series and its index in the series (REPLAN.md,
/// "Identity of activities"), so the details stay with the meeting when a re-plan moves it.
public struct MeetingDetails: Sendable, Equatable {
    public var series: String
    /// The meeting's number in its series (1, 2, …).
    public var index: Int
    /// An `http`/`https` URL; nil when there is none.
    public var agenda: String?
    /// Plain text; nil when there is none.
    public var note: String?

    public init(series: String, index: Int, agenda: String?, note: String?) {
        self.series = series
        self.index = index
        self.agenda = agenda
        self.note = note
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { agenda == nil && note == nil }
}
