/// How to choose the value of a selected variable.
public enum ValueChoice: Sendable {
    /// `x = min` then `x ≠ min`.
    case smallest
    /// `x = max` then `x ≠ max`.
    case largest
    /// `x ≤ mid` then `x > mid` (domain split).
    case splitLower
    /// `x > mid` then `x ≤ mid`.
    case splitUpper
    /// `x = v` then `x ≠ v` for a value drawn from the solver's seeded generator.
    case random
}

/// A branching strategy: given the current node, the alternatives to explore, in order.
///
/// An empty array means "nothing left to decide". After a branching returns empty the
/// search labels any variable still unfixed with its minimum, so every reported solution
/// assigns all variables.
public struct Branching {
    /// Produces the alternatives at the current node.
    public let select: (Solver) -> [Branch]

    /// A custom branching.
    ///
    /// - Parameter select: returns the alternatives at the current node, or `[]` when done.
    public init(_ select: @escaping (Solver) -> [Branch]) {
        self.select = select
    }

    /// A custom branching (same as ``init(_:)``).
    ///
    /// - Parameter select: returns the alternatives at the current node, or `[]` when done.
    /// - Returns: the branching.
    public static func custom(_ select: @escaping (Solver) -> [Branch]) -> Branching {
        Branching(select)
    }

    /// The two alternatives for variable `x` under a value choice.
    ///
    /// - Parameters:
    ///   - solver: the solver owning `x`.
    ///   - x: an unfixed variable.
    ///   - choice: the value choice.
    /// - Returns: two complementary branches.
    public static func alternatives(_ solver: Solver, _ x: IntVar, _ choice: ValueChoice) -> [Branch] {
        switch choice {
        case .smallest, .largest, .random:
            let v: Int
            switch choice {
            case .smallest: v = solver.min(x)
            case .largest: v = solver.max(x)
            default:
                let values = solver.values(x)
                v = values[Int(solver.random.next() % UInt64(values.count))]
            }
            return [
                Branch { [unowned solver] () throws(Inconsistency) in try solver.assign(x, v) },
                Branch { [unowned solver] () throws(Inconsistency) in try solver.remove(x, v) },
            ]
        case .splitLower, .splitUpper:
            let lo = solver.min(x)
            let hi = solver.max(x)
            let mid = lo + (hi - lo) / 2
            let low = Branch { [unowned solver] () throws(Inconsistency) in try solver.setMax(x, mid) }
            let high = Branch { [unowned solver] () throws(Inconsistency) in try solver.setMin(x, mid + 1) }
            return choice == .splitLower ? [low, high] : [high, low]
        }
    }

    /// Branches on the first unfixed variable, in the given order.
    ///
    /// - Parameters:
    ///   - variables: the decision variables.
    ///   - value: the value choice.
    /// - Returns: the branching.
    /// - Complexity: O(n) per node.
    public static func inOrder(_ variables: [IntVar], value: ValueChoice = .smallest) -> Branching {
        Branching { solver in
            for x in variables where !solver.isFixed(x) {
                return alternatives(solver, x, value)
            }
            return []
        }
    }

    /// First-fail: branches on an unfixed variable with the smallest domain (first one on ties).
    ///
    /// - Parameters:
    ///   - variables: the decision variables.
    ///   - value: the value choice.
    /// - Returns: the branching.
    /// - Complexity: O(n) per node.
    public static func firstFail(_ variables: [IntVar], value: ValueChoice = .smallest) -> Branching {
        Branching { solver in
            var best: IntVar? = nil
            var bestSize = Int.max
            for x in variables {
                let s = solver.size(x)
                if s > 1 && s < bestSize {
                    best = x
                    bestSize = s
                    if s == 2 { break }
                }
            }
            guard let x = best else { return [] }
            return alternatives(solver, x, value)
        }
    }

    /// First-fail on Booleans is plain order; this branches on the first unfixed Boolean,
    /// trying `value` first.
    ///
    /// - Parameters:
    ///   - variables: the Boolean decision variables.
    ///   - value: the value tried first.
    /// - Returns: the branching.
    public static func booleans(_ variables: [BoolVar], trueFirst value: Bool = true) -> Branching {
        inOrder(variables.map(\.int), value: value ? .largest : .smallest)
    }

    /// Runs the branchings in turn: the first that still has alternatives decides.
    ///
    /// - Parameter parts: the branchings, most important first.
    /// - Returns: the combined branching.
    public static func sequence(_ parts: [Branching]) -> Branching {
        Branching { solver in
            for part in parts {
                let branches = part.select(solver)
                if !branches.isEmpty { return branches }
            }
            return []
        }
    }
}
