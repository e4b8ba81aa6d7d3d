/// A plan for a scenario: cohorts, supervision groups, meetings, unassigned needs and
/// the score (PROBLEM.md §3, `plan.schema.json`); a re-plan also carries `base`, `changes` and
/// `calendar` (REPLAN.md).
public struct Plan: Codable, Sendable, Equatable {
    public var version: Int
    /// The scenario's name.
    public var scenario: String
    public var solver: SolverSummary
    public var cohorts: [Cohort]
    public var supervisionGroups: [SupervisionGroup]
    public var meetings: [Meeting]
    public var unassigned: [UnassignedNeed]
    public var score: Score
    /// What a re-plan was made from; nil (and absent from the JSON) for a plan made from scratch.
    public var base: PlanBase?
    /// Every calendar entry that differs from the base, in key order; nil unless a re-plan.
    public var changes: [PlanChange]?
    /// SEQUENCE numbers and cancelled entries of a re-plan's calendars; nil unless a re-plan.
    public var calendar: PlanCalendarRecord?
    /// The language of the texts in the plan (reasons, suggestions); absent in plans written
    /// before it was recorded. `export` uses it when no `--lang` is given.
    public var language: OutputLanguage?

    public init(
        version: Int = 1, scenario: String, solver: SolverSummary, cohorts: [Cohort],
        supervisionGroups: [SupervisionGroup], meetings: [Meeting], unassigned: [UnassignedNeed], score: Score,
        base: PlanBase? = nil, changes: [PlanChange]? = nil, calendar: PlanCalendarRecord? = nil
    ) {
        self.version = version
        self.scenario = scenario
        self.solver = solver
        self.cohorts = cohorts
        self.supervisionGroups = supervisionGroups
        self.meetings = meetings
        self.unassigned = unassigned
        self.score = score
        self.base = base
        self.changes = changes
        self.calendar = calendar
    }
}
