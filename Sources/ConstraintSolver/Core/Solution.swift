/// The values of all variables of a solver at one solution.
///
/// A `Sendable` value: it can leave the solver's task, be compared, stored as the
/// incumbent of large-neighbourhood search or shared between portfolio workers.
public struct Solution: Sendable, Equatable {
    /// The value of every variable, indexed by ``IntVar/index``.
    public let values: [Int]
    /// The objective value, or `nil` for a satisfaction search.
    public let objective: Int?

    /// Creates a solution from values.
    ///
    /// - Parameters:
    ///   - values: one value per variable.
    ///   - objective: the objective value, if any.
    public init(values: [Int], objective: Int?) {
        self.values = values
        self.objective = objective
    }

    /// The value of an integer variable.
    public subscript(_ x: IntVar) -> Int { values[x.index] }

    /// The value of a Boolean variable.
    public subscript(_ b: BoolVar) -> Bool { values[b.index] != 0 }

    /// The start of an interval.
    public subscript(start interval: IntervalVar) -> Int { values[interval.start.index] }

    /// Whether an interval is present.
    public subscript(present interval: IntervalVar) -> Bool {
        guard let p = interval.presence else { return true }
        return values[p.index] != 0
    }
}
