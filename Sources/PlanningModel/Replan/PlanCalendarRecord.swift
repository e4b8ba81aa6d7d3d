/// What a re-plan's calendars carry beyond the plan itself, so that `export` writes the same
/// calendars again (REPLAN.md, "Output").
///
/// JSON: `{"sequence": {"training:c-uro-1:2": 1, "meeting:fig:3": 2},
/// "cancelled": [CancelledEntry, …]}`.
public struct PlanCalendarRecord: Codable, Sendable, Hashable {
    /// The SEQUENCE of every entry whose SEQUENCE is above 0, keyed by the key's string form.
    public var sequence: [ActivityKey: Int]
    /// Removed entries still shown as cancelled, in key order.
    public var cancelled: [CancelledEntry]

    public init(sequence: [ActivityKey: Int] = [:], cancelled: [CancelledEntry] = []) {
        self.sequence = sequence
        self.cancelled = cancelled
    }
}
