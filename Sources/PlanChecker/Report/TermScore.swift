/// The recomputed value of one objective term and the entities that make it up.
public struct TermScore: Sendable, Hashable {
    /// Which term.
    public let term: ObjectiveTerm
    /// The unweighted amount (needs, km, days, …).
    public let raw: Int
    /// The term's weight from the scenario's `weights`.
    public let weight: Int
    /// The entities that cost, largest amount first (ties by label).
    ///
    /// For most terms the amounts add up to ``raw``. For S6 (peak load) they are the day
    /// counts of every psychologist with any activity and ``raw`` is the largest of them.
    public let contributions: [Contribution]

    /// Creates a term score; `contributions` are sorted by amount, largest first.
    public init(term: ObjectiveTerm, raw: Int, weight: Int, contributions: [Contribution]) {
        self.term = term
        self.raw = raw
        self.weight = weight
        self.contributions = contributions.sorted {
            $0.amount != $1.amount ? $0.amount > $1.amount : $0.label < $1.label
        }
    }

    /// `S1` … `S10`.
    public var code: String { term.code }
    /// The term's short name.
    public var name: String { term.name }
    /// `raw × weight`, the term's share of the total.
    public var weighted: Int { raw * weight }
}
