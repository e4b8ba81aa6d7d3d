/// A supervision group formed from one cohort's participants.
public struct SupervisionGroup: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var manual: String
    public var cohort: String
    /// Psychologist id.
    public var supervisor: String
    public var mode: SupervisionMode
    /// Venue id when physical, nil when virtual (encoded as JSON `null`).
    public var venue: String?
    public var slot: Slot
    /// Session dates, increasing.
    public var sessions: [CalendarDay]
    /// Therapist ids.
    public var members: [String]

    public init(
        id: String, manual: String, cohort: String, supervisor: String, mode: SupervisionMode, venue: String?,
        slot: Slot, sessions: [CalendarDay], members: [String]
    ) {
        self.id = id
        self.manual = manual
        self.cohort = cohort
        self.supervisor = supervisor
        self.mode = mode
        self.venue = venue
        self.slot = slot
        self.sessions = sessions
        self.members = members
    }

    private enum CodingKeys: String, CodingKey {
        case id, manual, cohort, supervisor, mode, venue, slot, sessions, members
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(manual, forKey: .manual)
        try c.encode(cohort, forKey: .cohort)
        try c.encode(supervisor, forKey: .supervisor)
        try c.encode(mode, forKey: .mode)
        try c.encode(venue, forKey: .venue)  // explicit null when virtual
        try c.encode(slot, forKey: .slot)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(members, forKey: .members)
    }
}
