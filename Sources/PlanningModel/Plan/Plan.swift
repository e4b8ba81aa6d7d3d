/// A plan for a scenario: cohorts, supervision groups, meetings, unassigned needs and
/// the score (PROBLEM.md §3, `plan.schema.json`).
public struct Plan: Codable, Sendable, Equatable {
    public var version: Int
    /// The scenario's name.
    public var scenario: String
    public var solver: SolverSummary
    public var cohorts: [Cohort]
    public var supervisionGroups: [SupervisionGroup]
    public var meetings: [Meeting]
    public var unassigned: [UnassignedNeed]
    public var score: Score

    public init(
        version: Int = 1, scenario: String, solver: SolverSummary, cohorts: [Cohort],
        supervisionGroups: [SupervisionGroup], meetings: [Meeting], unassigned: [UnassignedNeed], score: Score
    ) {
        self.version = version
        self.scenario = scenario
        self.solver = solver
        self.cohorts = cohorts
        self.supervisionGroups = supervisionGroups
        self.meetings = meetings
        self.unassigned = unassigned
        self.score = score
    }
}

/// How the plan was found.
public struct SolverSummary: Codable, Sendable, Equatable {
    public var status: SolverStatus
    public var seed: Int
    public var elapsedSeconds: Double
    public var iterations: Int?
    /// A proven lower bound on `score.total`, when one is known.
    public var bound: Int?

    public init(status: SolverStatus, seed: Int, elapsedSeconds: Double, iterations: Int? = nil, bound: Int? = nil) {
        self.status = status
        self.seed = seed
        self.elapsedSeconds = elapsedSeconds
        self.iterations = iterations
        self.bound = bound
    }
}

/// Whether the plan is proven optimal, merely feasible, or no plan was found.
public enum SolverStatus: String, Codable, Sendable {
    case optimal, feasible, infeasible
}

/// A training cohort: one manual, one venue, its trainers, days and participants.
public struct Cohort: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var manual: String
    public var venue: String
    /// Psychologist ids.
    public var trainers: [String]
    /// Training dates, increasing.
    public var days: [CalendarDay]
    /// Therapist ids.
    public var participants: [String]

    public init(id: String, manual: String, venue: String, trainers: [String], days: [CalendarDay], participants: [String]) {
        self.id = id
        self.manual = manual
        self.venue = venue
        self.trainers = trainers
        self.days = days
        self.participants = participants
    }
}

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

/// One meeting of a series.
public struct Meeting: Codable, Sendable, Equatable {
    /// Meeting series id.
    public var series: String
    /// 1-based position in date order.
    public var index: Int
    public var date: CalendarDay
    public var slot: Slot
    public var venue: String

    public init(series: String, index: Int, date: CalendarDay, slot: Slot, venue: String) {
        self.series = series
        self.index = index
        self.date = date
        self.slot = slot
        self.venue = venue
    }
}

/// A need (therapist, manual) the plan could not assign, with why and what would help.
public struct UnassignedNeed: Codable, Sendable, Equatable {
    public var therapist: String
    public var manual: String
    public var reason: UnassignedReason
    /// One sentence for a person.
    public var detail: String
    public var suggestions: [Suggestion]

    public init(therapist: String, manual: String, reason: UnassignedReason, detail: String, suggestions: [Suggestion]) {
        self.therapist = therapist
        self.manual = manual
        self.reason = reason
        self.detail = detail
        self.suggestions = suggestions
    }
}

/// Why a need is unassigned (PROBLEM.md §6).
public enum UnassignedReason: String, Codable, Sendable, CaseIterable {
    case noCertifiedTrainers = "NO_CERTIFIED_TRAINERS"
    case tooFewParticipants = "TOO_FEW_PARTICIPANTS"
    case noTrainerCapacity = "NO_TRAINER_CAPACITY"
    case noDates = "NO_DATES"
    case noVenue = "NO_VENUE"
}

/// A concrete change to the scenario that would let a need be assigned.
public struct Suggestion: Codable, Sendable, Equatable {
    /// The change as a sentence.
    public var text: String
    /// The change as a JSON Patch (RFC 6902) against the scenario document.
    public var patch: [PatchOperation]
    /// True when the planner re-solved with the patch applied and saw the need assigned.
    public var verified: Bool

    public init(text: String, patch: [PatchOperation], verified: Bool) {
        self.text = text
        self.patch = patch
        self.verified = verified
    }
}

/// One JSON Patch operation (`add`, `replace` or `remove`).
public struct PatchOperation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case add, replace, remove
    }

    public var op: Kind
    /// A JSON Pointer (RFC 6901) into the scenario document.
    public var path: String
    public var value: JSONValue?

    public init(op: Kind, path: String, value: JSONValue? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }
}

/// The plan's score: the weighted objective terms and the count of broken hard rules.
public struct Score: Codable, Sendable, Equatable {
    public var total: Int
    public var hardViolations: Int
    /// Weighted value of each objective term, keyed `S1` … `S10`.
    public var terms: [String: Int]

    public init(total: Int, hardViolations: Int, terms: [String: Int]) {
        self.total = total
        self.hardViolations = hardViolations
        self.terms = terms
    }
}
