/// One calendar entry that differs between the base plan and a re-plan (REPLAN.md, "Output").
///
/// JSON: `{"key": {"cohort": "c-uro-1", "day": 2}, "kind": "moved", "before": {…},
/// "after": {…}, "people": ["aarhus-01", "bua-p01"]}`; `before` is null for an added entry,
/// `after` null for a removed one.
public struct PlanChange: Codable, Sendable, Hashable {
    /// How an entry changed.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// In both plans, at another date, slot or venue.
        case moved
        /// Only in the re-plan.
        case added
        /// Only in the base plan.
        case removed
        /// Same date, slot and venue; someone joined or left it.
        case people
    }

    public var key: ActivityKey
    public var kind: Kind
    /// The entry in the base plan; nil when added.
    public var before: EntryState?
    /// The entry in the re-plan; nil when removed.
    public var after: EntryState?
    /// Ids (attendees: e-mail or name) of everyone whose calendar changes for this key, sorted.
    public var people: [String]

    public init(key: ActivityKey, kind: Kind, before: EntryState?, after: EntryState?, people: [String]) {
        self.key = key
        self.kind = kind
        self.before = before
        self.after = after
        self.people = people
    }

    private enum CodingKeys: String, CodingKey {
        case key, kind, before, after, people
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(ActivityKey.self, forKey: .key)
        kind = try c.decode(Kind.self, forKey: .kind)
        before = try c.decodeIfPresent(EntryState.self, forKey: .before)
        after = try c.decodeIfPresent(EntryState.self, forKey: .after)
        people = try c.decode([String].self, forKey: .people)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(kind, forKey: .kind)
        try c.encode(before, forKey: .before)  // explicit null when added
        try c.encode(after, forKey: .after)  // explicit null when removed
        try c.encode(people, forKey: .people)
    }
}
