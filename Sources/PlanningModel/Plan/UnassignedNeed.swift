/// A need (therapist, manual) the plan could not assign, with why and what would help.
public struct UnassignedNeed: Codable, Sendable, Equatable {
    public var therapist: String
    public var manual: String
    public var reason: UnassignedReason
    /// One sentence for a person.
    public var detail: String
    public var suggestions: [Suggestion]

    public init(therapist: String, manual: String, reason: UnassignedReason, detail: String, suggestions: [Suggestion])
    {
        self.therapist = therapist
        self.manual = manual
        self.reason = reason
        self.detail = detail
        self.suggestions = suggestions
    }
}
