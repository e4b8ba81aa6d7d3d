/// What a re-plan was made from (REPLAN.md, "Output"): `{"scenario": name, "today": DATE,
/// "total": Int or null}`.
public struct PlanBase: Codable, Sendable, Hashable {
    /// The name of the scenario the base plan was made for.
    public var scenario: String
    /// Activities dated before this day are history (H13).
    public var today: CalendarDay
    /// The base plan's total under the new scenario; nil (JSON `null`) when not computed.
    public var total: Int?

    public init(scenario: String, today: CalendarDay, total: Int?) {
        self.scenario = scenario
        self.today = today
        self.total = total
    }

    private enum CodingKeys: String, CodingKey {
        case scenario, today, total
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scenario = try c.decode(String.self, forKey: .scenario)
        today = try c.decode(CalendarDay.self, forKey: .today)
        total = try c.decodeIfPresent(Int.self, forKey: .total)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(today, forKey: .today)
        try c.encode(total, forKey: .total)  // explicit null when unknown
    }
}
