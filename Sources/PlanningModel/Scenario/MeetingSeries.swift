/// A recurring meeting series, such as the joint implementation group.
public struct MeetingSeries: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var count: Int
    public var window: DateRange
    public var slot: Slot
    public var durationMinutes: Int
    public var minGapWeeks: Int
    /// Allowed venue ids.
    public var venues: [String]
    /// Consecutive meetings at different venues.
    public var rotate: Bool
    public var organizer: Person?
    public var attendees: [Attendee]

    public init(
        id: String, title: String, count: Int, window: DateRange, slot: Slot, durationMinutes: Int = 180,
        minGapWeeks: Int = 0, venues: [String], rotate: Bool = false, organizer: Person? = nil, attendees: [Attendee]
    ) {
        self.id = id
        self.title = title
        self.count = count
        self.window = window
        self.slot = slot
        self.durationMinutes = durationMinutes
        self.minGapWeeks = minGapWeeks
        self.venues = venues
        self.rotate = rotate
        self.organizer = organizer
        self.attendees = attendees
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        count = try c.decode(Int.self, forKey: .count)
        window = try c.decode(DateRange.self, forKey: .window)
        slot = try c.decode(Slot.self, forKey: .slot)
        durationMinutes = try c.decodeIfPresent(Int.self, forKey: .durationMinutes) ?? 180
        minGapWeeks = try c.decodeIfPresent(Int.self, forKey: .minGapWeeks) ?? 0
        venues = try c.decode([String].self, forKey: .venues)
        rotate = try c.decodeIfPresent(Bool.self, forKey: .rotate) ?? false
        organizer = try c.decodeIfPresent(Person.self, forKey: .organizer)
        attendees = try c.decode([Attendee].self, forKey: .attendees)
    }
}
