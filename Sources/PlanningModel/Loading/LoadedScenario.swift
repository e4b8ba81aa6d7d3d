/// A scenario that was read and validated, with everything derived from its files.
public struct LoadedScenario: Sendable {
    /// The scenario, with defaults filled in.
    public var scenario: Scenario
    /// Its working calendar, including the busy days read from its `.ics` files.
    public var calendar: PlanningCalendar
    /// Legal but probably unintended things (printed, not fatal).
    public var warnings: [ScenarioIssue]
    /// The path the scenario was read from, or `default` for the embedded scenario.
    public var sourceName: String
    /// The parsed document as written (without defaults), for building JSON-Patch suggestions.
    public var document: JSONValue

    public init(
        scenario: Scenario, calendar: PlanningCalendar, warnings: [ScenarioIssue], sourceName: String,
        document: JSONValue
    ) {
        self.scenario = scenario
        self.calendar = calendar
        self.warnings = warnings
        self.sourceName = sourceName
        self.document = document
    }
}
