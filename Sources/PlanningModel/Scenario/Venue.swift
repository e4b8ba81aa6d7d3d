/// A place where training, physical supervision and meetings happen.
public struct Venue: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var address: String?
    public var location: GeoPoint
    /// People in the room, leaders included.
    public var capacity: Int
    /// Parallel activities per slot (default 1).
    public var rooms: Int
    public var unavailable: [DateRange]
    public var unavailableCalendars: [String]

    public init(
        id: String, name: String, address: String? = nil, location: GeoPoint, capacity: Int, rooms: Int = 1,
        unavailable: [DateRange] = [], unavailableCalendars: [String] = []
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.location = location
        self.capacity = capacity
        self.rooms = rooms
        self.unavailable = unavailable
        self.unavailableCalendars = unavailableCalendars
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        location = try c.decode(GeoPoint.self, forKey: .location)
        capacity = try c.decode(Int.self, forKey: .capacity)
        rooms = try c.decodeIfPresent(Int.self, forKey: .rooms) ?? 1
        unavailable = try c.decodeIfPresent([DateRange].self, forKey: .unavailable) ?? []
        unavailableCalendars = try c.decodeIfPresent([String].self, forKey: .unavailableCalendars) ?? []
    }
}
