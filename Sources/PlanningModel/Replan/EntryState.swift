/// A calendar entry as one plan has it: when, where, for which manual and for whom.
///
/// JSON: `{"date": "2026-09-14", "slot": "day", "venue": "bua-skejby", "manual": "uro",
/// "people": ["aarhus-01", "bua-p01"]}`. `venue` is null for a virtual supervision session;
/// `manual` is null for a meeting.
public struct EntryState: Codable, Sendable, Hashable {
    public var date: CalendarDay
    /// `day` for a training day; the group's or meeting's slot otherwise.
    public var slot: EntrySlot
    /// Venue id; nil when the entry has no venue (virtual supervision).
    public var venue: String?
    /// The manual of a training day or supervision session; nil for a meeting.
    public var manual: String?
    /// Everyone who has the entry in their calendar, sorted: trainers and participants of a
    /// training day, supervisor and members of a session, attendees of a meeting (by
    /// psychologist id, else e-mail, else name).
    public var people: [String]

    public init(date: CalendarDay, slot: EntrySlot, venue: String?, manual: String?, people: [String]) {
        self.date = date
        self.slot = slot
        self.venue = venue
        self.manual = manual
        self.people = people
    }

    /// Whether `other` is at the same date, slot and venue (a person's calendar entry is the
    /// same; REPLAN.md S11).
    public func isAtSamePlace(as other: EntryState) -> Bool {
        date == other.date && slot == other.slot && venue == other.venue
    }

    private enum CodingKeys: String, CodingKey {
        case date, slot, venue, manual, people
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(CalendarDay.self, forKey: .date)
        slot = try c.decode(EntrySlot.self, forKey: .slot)
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        manual = try c.decodeIfPresent(String.self, forKey: .manual)
        people = try c.decode([String].self, forKey: .people)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(slot, forKey: .slot)
        try c.encode(venue, forKey: .venue)  // explicit null without a venue
        try c.encode(manual, forKey: .manual)  // explicit null for a meeting
        try c.encode(people, forKey: .people)
    }
}
