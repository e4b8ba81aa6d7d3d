import ConstraintSolver

/// The planner draws its random choices from the constraint solver's seeded generator, so
/// one seed replays a whole run.
extension SplitMix64 {
    /// A uniform integer in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// True with probability `numerator / denominator`.
    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }
}
