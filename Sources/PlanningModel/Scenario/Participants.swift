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

/// One person attending a meeting series.
public struct Attendee: Codable, Sendable, Equatable {
    public var name: String
    public var email: String?
    public var role: String?
    /// Set when the attendee is one of the scenario's psychologists.
    public var psychologist: String?
    /// Where the attendee travels from.
    public var origin: AttendeeOrigin

    public init(name: String, email: String? = nil, role: String? = nil, psychologist: String? = nil, origin: AttendeeOrigin) {
        self.name = name
        self.email = email
        self.role = role
        self.psychologist = psychologist
        self.origin = origin
    }
}

/// Where a meeting attendee starts: a municipality or a venue.
public enum AttendeeOrigin: Codable, Sendable, Hashable {
    case municipality(String)
    case venue(String)

    private enum CodingKeys: String, CodingKey {
        case municipality, venue
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try c.decodeIfPresent(String.self, forKey: .municipality) {
            self = .municipality(id)
        } else if let id = try c.decodeIfPresent(String.self, forKey: .venue) {
            self = .venue(id)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "origin needs 'municipality' or 'venue'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .municipality(let id): try c.encode(id, forKey: .municipality)
        case .venue(let id): try c.encode(id, forKey: .venue)
        }
    }
}
