/// A plan for a scenario: cohorts, supervision groups, meetings, unassigned needs and
/// the score (PROBLEM.md §3, `plan.schema.json`).
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

    public init(
        version: Int = 1, scenario: String, solver: SolverSummary, cohorts: [Cohort],
        supervisionGroups: [SupervisionGroup], meetings: [Meeting], unassigned: [UnassignedNeed], score: Score
    ) {
        self.version = version
        self.scenario = scenario
        self.solver = solver
        self.cohorts = cohorts
        self.supervisionGroups = supervisionGroups
        self.meetings = meetings
        self.unassigned = unassigned
        self.score = score
    }
}
