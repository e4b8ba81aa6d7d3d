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
