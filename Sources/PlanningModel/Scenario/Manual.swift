/// One STIME treatment manual (track) and the rules for training and supervising in it.
public struct Manual: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var training: TrainingRules
    public var supervision: SupervisionRules

    public init(id: String, title: String, shortTitle: String? = nil, training: TrainingRules, supervision: SupervisionRules) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.training = training
        self.supervision = supervision
    }

    /// The short title when there is one, else the title.
    public var displayTitle: String { shortTitle ?? title }
}

/// How a cohort of a manual is trained.
public struct TrainingRules: Codable, Sendable, Equatable {
    /// Training days per cohort.
    public var days: Int
    /// Least number of days between consecutive training days.
    public var minGapDays: Int
    /// Most days between consecutive training days.
    public var maxGapDays: Int
    /// Fewest participants in a cohort.
    public var cohortMin: Int
    /// Most participants in a cohort.
    public var cohortMax: Int
    /// Psychologists who train each cohort.
    public var trainers: Int

    public init(days: Int, minGapDays: Int, maxGapDays: Int, cohortMin: Int, cohortMax: Int, trainers: Int) {
        self.days = days
        self.minGapDays = minGapDays
        self.maxGapDays = maxGapDays
        self.cohortMin = cohortMin
        self.cohortMax = cohortMax
        self.trainers = trainers
    }
}

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

/// Whether supervision happens at a venue or online.
public enum SupervisionMode: String, Codable, Sendable, Hashable {
    case physical, virtual
}

/// The slot a manual's supervision must use.
public enum SlotPreference: String, Codable, Sendable, Hashable {
    case am, pm, any
}
