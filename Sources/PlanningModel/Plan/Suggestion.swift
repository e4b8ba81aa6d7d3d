/// A concrete change to the scenario that would let a need be assigned.
public struct Suggestion: Codable, Sendable, Equatable {
    /// The change as a sentence.
    public var text: String
    /// The change as a JSON Patch (RFC 6902) against the scenario document.
    public var patch: [PatchOperation]
    /// True when the planner re-solved with the patch applied and saw the need assigned.
    public var verified: Bool

    public init(text: String, patch: [PatchOperation], verified: Bool) {
        self.text = text
        self.patch = patch
        self.verified = verified
    }
}
