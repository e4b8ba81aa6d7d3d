/// One entity's share of an objective term: a journey, a need's wait, a group, a series.
public struct Contribution: Sendable, Hashable, CustomStringConvertible {
    /// What costs, for a person (for example "norddjurs-01 → bua-skejby, cohort c1 training 2026-09-08").
    public let label: String
    /// The ids of the entities involved.
    public let entities: [String]
    /// The unweighted amount, in the term's unit (km, days, count).
    public let amount: Int

    /// Creates a contribution.
    public init(label: String, entities: [String], amount: Int) {
        self.label = label
        self.entities = entities
        self.amount = amount
    }

    /// `label: amount`.
    public var description: String { "\(label): \(amount)" }
}
