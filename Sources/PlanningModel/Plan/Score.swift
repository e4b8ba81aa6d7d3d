/// The plan's score: the weighted objective terms and the count of broken hard rules.
public struct Score: Codable, Sendable, Equatable {
    public var total: Int
    public var hardViolations: Int
    /// Weighted value of each objective term, keyed `S1` … `S10`.
    public var terms: [String: Int]

    public init(total: Int, hardViolations: Int, terms: [String: Int]) {
        self.total = total
        self.hardViolations = hardViolations
        self.terms = terms
    }
}
