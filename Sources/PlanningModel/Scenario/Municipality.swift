/// A municipality, its STIME choices and its therapists.
public struct Municipality: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var cluster: String?
    public var location: GeoPoint
    /// Whether the municipality opted into STIME.
    public var stime: Bool
    /// Manual ids it opted into.
    public var manuals: [String]
    /// Manual id → the municipality's own intervention used instead (report only).
    public var alternatives: [String: String]
    /// First date its staff can be trained (nil: the horizon start).
    public var readyFrom: CalendarDay?
    public var tovholder: Person?
    public var therapists: [Therapist]

    public init(
        id: String, name: String, cluster: String? = nil, location: GeoPoint, stime: Bool, manuals: [String] = [],
        alternatives: [String: String] = [:], readyFrom: CalendarDay? = nil, tovholder: Person? = nil,
        therapists: [Therapist] = []
    ) {
        self.id = id
        self.name = name
        self.cluster = cluster
        self.location = location
        self.stime = stime
        self.manuals = manuals
        self.alternatives = alternatives
        self.readyFrom = readyFrom
        self.tovholder = tovholder
        self.therapists = therapists
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        cluster = try c.decodeIfPresent(String.self, forKey: .cluster)
        location = try c.decode(GeoPoint.self, forKey: .location)
        stime = try c.decode(Bool.self, forKey: .stime)
        manuals = try c.decodeIfPresent([String].self, forKey: .manuals) ?? []
        alternatives = try c.decodeIfPresent([String: String].self, forKey: .alternatives) ?? [:]
        readyFrom = try c.decodeIfPresent(CalendarDay.self, forKey: .readyFrom)
        tovholder = try c.decodeIfPresent(Person.self, forKey: .tovholder)
        therapists = try c.decodeIfPresent([Therapist].self, forKey: .therapists) ?? []
    }
}
