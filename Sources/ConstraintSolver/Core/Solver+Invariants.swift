/// The invariant check: every constraint holds on every solution.
extension Solver {
    /// The names of the constraints a complete assignment violates.
    ///
    /// - Parameter solution: values for every variable.
    /// - Returns: one entry per violated propagator, empty when all hold.
    /// - Complexity: O(total size of the constraints).
    public func violatedConstraints(in solution: Solution) -> [String] {
        var violated: [String] = []
        for p in propagators where !p.isSatisfied(by: solution) {
            violated.append("\(p.name) #\(p.id)")
        }
        return violated
    }

    /// Stops with a precondition failure when `solution` violates a constraint: a solver bug.
    func verify(_ solution: Solution) {
        let violated = violatedConstraints(in: solution)
        precondition(violated.isEmpty, "invariant check: solution violates \(violated.prefix(5))")
    }
}
