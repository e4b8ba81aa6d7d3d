/// A calendar entry a re-plan removed, kept in calendars as `STATUS:CANCELLED` until its date
/// has passed (REPLAN.md, "Output").
///
/// JSON: the entry's key, its last state (``EntryState``'s fields) and its SEQUENCE, flat:
/// `{"key": {"group": "g-1", "session": 4}, "date": "2026-10-05", "slot": "am", "venue": null,
/// "manual": "uro", "people": ["bua-p02", "skive-03"], "sequence": 2}`.
public struct CancelledEntry: Codable, Sendable, Hashable {
    public var key: ActivityKey
    /// The entry as the people who had it last saw it.
    public var entry: EntryState
    /// The SEQUENCE of its cancelled event (above the last one published).
    public var sequence: Int

    public init(key: ActivityKey, entry: EntryState, sequence: Int) {
        self.key = key
        self.entry = entry
        self.sequence = sequence
    }

    private enum CodingKeys: String, CodingKey {
        case key, sequence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(ActivityKey.self, forKey: .key)
        sequence = try c.decode(Int.self, forKey: .sequence)
        entry = try EntryState(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(sequence, forKey: .sequence)
    }
}
