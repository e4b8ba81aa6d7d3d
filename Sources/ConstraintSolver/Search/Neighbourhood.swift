/// How large-neighbourhood search restricts the model around the incumbent.
///
/// ``apply`` runs at a saved trail level before each LNS iteration and typically fixes
/// part of the variables to their incumbent values; everything is undone afterwards.
/// Randomness must come from ``Solver/random`` so that a seed replays the search.
public struct Neighbourhood {
    /// Restricts the solver around `incumbent`; throw ``Inconsistency`` to skip the iteration.
    public let apply: (Solver, Solution) throws(Inconsistency) -> Void

    /// Told how each iteration ended, e.g. to adapt the relaxation size (see ``Outcome``).
    public let feedback: ((Outcome) -> Void)?

    /// How one LNS iteration ended.
    public enum Outcome: Sendable, Equatable {
        /// A strictly better solution was found.
        case improved
        /// The neighbourhood's tree was exhausted without improvement: it was too small
        /// (or fixing the incumbent failed at once).
        case exhausted
        /// The failure limit stopped the iteration without improvement: it may be too large.
        case budget
    }

    /// A custom neighbourhood.
    ///
    /// - Parameter apply: restricts the solver (domain operations only) around the incumbent.
    public init(_ apply: @escaping (Solver, Solution) throws(Inconsistency) -> Void) {
        self.apply = apply
        self.feedback = nil
    }

    /// A custom neighbourhood that learns how its iterations end.
    ///
    /// - Parameters:
    ///   - apply: restricts the solver (domain operations only) around the incumbent.
    ///   - feedback: called after every iteration (not after a global limit stopped it);
    ///     it must be deterministic for a seed to replay the search.
    public init(
        _ apply: @escaping (Solver, Solution) throws(Inconsistency) -> Void,
        feedback: @escaping (Outcome) -> Void
    ) {
        self.apply = apply
        self.feedback = feedback
    }

    /// Keeps each variable at its incumbent value with probability `1 - relaxed`.
    ///
    /// - Parameters:
    ///   - variables: the variables the neighbourhood may fix.
    ///   - relaxed: the fraction left free, in 0...1.
    /// - Returns: the neighbourhood.
    public static func random(_ variables: [IntVar], relaxed: Double) -> Neighbourhood {
        let threshold = UInt64(Swift.max(0, Swift.min(1, relaxed)) * Double(UInt32.max))
        return Neighbourhood { (solver, incumbent) throws(Inconsistency) in
            for x in variables where solver.random.next() & 0xFFFF_FFFF >= threshold {
                try solver.assign(x, incumbent[x])
            }
        }
    }

    /// Relaxes the variables a closure chooses and fixes the others among `variables`.
    ///
    /// - Parameters:
    ///   - variables: the variables the neighbourhood may fix.
    ///   - choose: given the incumbent and the seeded generator, the variables to leave free.
    /// - Returns: the neighbourhood.
    public static func relaxing(
        _ variables: [IntVar], choose: @escaping (Solution, inout SplitMix64) -> Set<IntVar>
    ) -> Neighbourhood {
        Neighbourhood { (solver, incumbent) throws(Inconsistency) in
            var rng = solver.random
            let free = choose(incumbent, &rng)
            solver.random = rng
            for x in variables where !free.contains(x) {
                try solver.assign(x, incumbent[x])
            }
        }
    }
}
