import PlanningModel

/// An unassigned need explained: who, which manual, why, and what would help.
public struct UnassignedExplanation: Sendable {
    /// Therapist id.
    public let therapist: String
    /// The therapist's municipality name (or `?` when the therapist is unknown).
    public let municipality: String
    /// Manual id.
    public let manual: String
    /// The manual's short title (or its id when unknown).
    public let manualTitle: String
    /// The reason code (PROBLEM.md §6).
    public let reason: UnassignedReason
    /// What the reason code means, in one sentence.
    public let reasonText: String
    /// The plan's one-sentence detail.
    public let detail: String
    /// The plan's suggestions: text, JSON patch, and whether the planner verified them.
    public let suggestions: [Suggestion]

    /// Explains one entry of the plan's `unassigned` list.
    public init(need: UnassignedNeed, scenario: Scenario) {
        therapist = need.therapist
        municipality = scenario.therapist(need.therapist)?.municipality.name ?? "?"
        manual = need.manual
        manualTitle = scenario.manual(need.manual)?.displayTitle ?? need.manual
        reason = need.reason
        reasonText = UnassignedExplanation.meaning(of: need.reason)
        detail = need.detail
        suggestions = need.suggestions
    }

    /// What a reason code means (PROBLEM.md §6).
    public static func meaning(of reason: UnassignedReason) -> String {
        switch reason {
        case .noCertifiedTrainers: "Fewer psychologists are certified for the manual than a cohort needs as trainers."
        case .tooFewParticipants: "Not enough therapists need the manual to fill a cohort to its minimum size."
        case .noTrainerCapacity: "The certified psychologists have no days left or no free dates in common."
        case .noDates: "No pattern of training dates fits the horizon, the gaps and this therapist's availability."
        case .noVenue: "No venue has room and capacity on the usable dates."
        }
    }
}
