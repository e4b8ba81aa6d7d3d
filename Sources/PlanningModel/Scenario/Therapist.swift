/// A municipal therapist (behandler) to be trained in one or more manuals.
public struct Therapist: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String?
    public var email: String?
    /// Manuals this person is to be trained in (a subset of the municipality's).
    public var manuals: [String]
    public var unavailable: [DateRange]
    public var unavailableCalendars: [String]

    public init(
        id: String, name: String? = nil, email: String? = nil, manuals: [String], unavailable: [DateRange] = [],
        unavailableCalendars: [String] = []
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.manuals = manuals
        self.unavailable = unavailable
        self.unavailableCalendars = unavailableCalendars
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        manuals = try c.decode([String].self, forKey: .manuals)
        unavailable = try c.decodeIfPresent([DateRange].self, forKey: .unavailable) ?? []
        unavailableCalendars = try c.decodeIfPresent([String].self, forKey: .unavailableCalendars) ?? []
    }
}
