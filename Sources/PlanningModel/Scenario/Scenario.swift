/// A STIME planning scenario: everything the planner needs to know (PROBLEM.md §1–2).
///
/// Values decode from the JSON or YAML documents described by `scenario.schema.json`,
/// with the documented defaults filled in. Use ``ScenarioLoader`` to read and validate
/// a file; decoding alone does not check references or ranges.
public struct Scenario: Codable, Sendable, Equatable {
    public var version: Int
    public var name: String
    /// IANA time zone of all dates and times (default `Europe/Copenhagen`).
    public var timezone: String
    public var horizon: DateRange
    public var calendar: CalendarSettings
    public var slots: SlotTimes
    public var travel: TravelSettings
    public var weights: Weights
    public var manuals: [Manual]
    public var venues: [Venue]
    public var municipalities: [Municipality]
    public var psychologists: [Psychologist]
    /// Meeting series (the JSON key is `meetings`).
    public var meetings: [MeetingSeries]

    public init(
        version: Int = 1, name: String, timezone: String = "Europe/Copenhagen", horizon: DateRange,
        calendar: CalendarSettings = CalendarSettings(), slots: SlotTimes = SlotTimes(),
        travel: TravelSettings = TravelSettings(), weights: Weights = Weights(), manuals: [Manual],
        venues: [Venue], municipalities: [Municipality], psychologists: [Psychologist],
        meetings: [MeetingSeries] = []
    ) {
        self.version = version
        self.name = name
        self.timezone = timezone
        self.horizon = horizon
        self.calendar = calendar
        self.slots = slots
        self.travel = travel
        self.weights = weights
        self.manuals = manuals
        self.venues = venues
        self.municipalities = municipalities
        self.psychologists = psychologists
        self.meetings = meetings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        name = try c.decode(String.self, forKey: .name)
        timezone = try c.decodeIfPresent(String.self, forKey: .timezone) ?? "Europe/Copenhagen"
        horizon = try c.decode(DateRange.self, forKey: .horizon)
        calendar = try c.decodeIfPresent(CalendarSettings.self, forKey: .calendar) ?? CalendarSettings()
        slots = try c.decodeIfPresent(SlotTimes.self, forKey: .slots) ?? SlotTimes()
        travel = try c.decodeIfPresent(TravelSettings.self, forKey: .travel) ?? TravelSettings()
        weights = try c.decodeIfPresent(Weights.self, forKey: .weights) ?? Weights()
        manuals = try c.decode([Manual].self, forKey: .manuals)
        venues = try c.decode([Venue].self, forKey: .venues)
        municipalities = try c.decode([Municipality].self, forKey: .municipalities)
        psychologists = try c.decode([Psychologist].self, forKey: .psychologists)
        meetings = try c.decodeIfPresent([MeetingSeries].self, forKey: .meetings) ?? []
    }
}

/// An inclusive range of calendar days, `{"from": …, "to": …}`, optionally named.
public struct DateRange: Codable, Sendable, Hashable {
    public var from: CalendarDay
    public var to: CalendarDay
    /// What the range is (for example "Sommerferie"); shown to people, never used for logic.
    public var name: String?

    public init(from: CalendarDay, to: CalendarDay, name: String? = nil) {
        self.from = from
        self.to = to
        self.name = name
    }

    /// Whether `day` lies inside the range, both ends included.
    public func contains(_ day: CalendarDay) -> Bool {
        from <= day && day <= to
    }

    /// Number of days in the range (0 when inverted).
    public var dayCount: Int { max(0, from.days(to: to) + 1) }

    /// The days of the range in order.
    public var days: [CalendarDay] { dayCount == 0 ? [] : Array(from...to) }
}

/// A point on the earth, in degrees.
public struct GeoPoint: Codable, Sendable, Hashable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}

/// A named person with an optional e-mail address (tovholder, organiser).
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }
}

/// Half-day slot of a workday.
public enum Slot: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case am, pm

    public static func < (lhs: Slot, rhs: Slot) -> Bool { lhs == .am && rhs == .pm }
}
