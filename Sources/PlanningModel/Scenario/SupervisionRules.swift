/// How trained therapists are supervised in a manual.
public struct SupervisionRules: Codable, Sendable, Equatable {
    /// Sessions per group.
    public var sessions: Int
    /// Weeks between sessions (the cadence `E = everyWeeks × 7` days).
    public var everyWeeks: Int
    /// Most members in a group.
    public var groupMax: Int
    /// The first session falls within this many weeks of the last training day.
    public var startWithinWeeks: Int
    /// Physical (at a venue) or virtual.
    public var mode: SupervisionMode
    /// The slot sessions use; `any` lets the planner choose per group.
    public var slot: SlotPreference
    /// Length of a session's calendar event (default 150).
    public var durationMinutes: Int

    public init(
        sessions: Int, everyWeeks: Int, groupMax: Int, startWithinWeeks: Int, mode: SupervisionMode,
        slot: SlotPreference = .any, durationMinutes: Int = 150
    ) {
        self.sessions = sessions
        self.everyWeeks = everyWeeks
        self.groupMax = groupMax
        self.startWithinWeeks = startWithinWeeks
        self.mode = mode
        self.slot = slot
        self.durationMinutes = durationMinutes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessions = try c.decode(Int.self, forKey: .sessions)
        everyWeeks = try c.decode(Int.self, forKey: .everyWeeks)
        groupMax = try c.decode(Int.self, forKey: .groupMax)
        startWithinWeeks = try c.decode(Int.self, forKey: .startWithinWeeks)
        mode = try c.decode(SupervisionMode.self, forKey: .mode)
        slot = try c.decodeIfPresent(SlotPreference.self, forKey: .slot) ?? .any
        durationMinutes = try c.decodeIfPresent(Int.self, forKey: .durationMinutes) ?? 150
    }

    /// The cadence in days, `E = everyWeeks × 7`.
    public var cadenceDays: Int { everyWeeks * 7 }

    /// The slots a group of this manual may use.
    public var allowedSlots: [Slot] {
        switch slot {
        case .am: [.am]
        case .pm: [.pm]
        case .any: [.am, .pm]
        }
    }
}
