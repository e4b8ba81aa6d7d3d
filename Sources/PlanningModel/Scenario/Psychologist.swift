/// A BUA psychologist who trains and supervises.
public struct Psychologist: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var email: String?
    /// Venue id where travel starts.
    public var home: String
    /// Manual ids the psychologist is certified for.
    public var manuals: [String]
    public var maxDaysPerWeek: Int
    public var maxDaysPerMonth: Int
    public var unavailable: [DateRange]
    public var unavailableCalendars: [String]

    public init(
        id: String, name: String, email: String? = nil, home: String, manuals: [String], maxDaysPerWeek: Int,
        maxDaysPerMonth: Int, unavailable: [DateRange] = [], unavailableCalendars: [String] = []
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.home = home
        self.manuals = manuals
        self.maxDaysPerWeek = maxDaysPerWeek
        self.maxDaysPerMonth = maxDaysPerMonth
        self.unavailable = unavailable
        self.unavailableCalendars = unavailableCalendars
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        home = try c.decode(String.self, forKey: .home)
        manuals = try c.decode([String].self, forKey: .manuals)
        maxDaysPerWeek = try c.decode(Int.self, forKey: .maxDaysPerWeek)
        maxDaysPerMonth = try c.decode(Int.self, forKey: .maxDaysPerMonth)
        unavailable = try c.decodeIfPresent([DateRange].self, forKey: .unavailable) ?? []
        unavailableCalendars = try c.decodeIfPresent([String].self, forKey: .unavailableCalendars) ?? []
    }
}
