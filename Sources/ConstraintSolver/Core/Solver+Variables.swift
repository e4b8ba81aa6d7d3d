/// Creating variables.
extension Solver {
    /// Creates an integer variable with an interval domain.
    ///
    /// - Parameters:
    ///   - range: the initial domain.
    ///   - name: an optional name for diagnostics.
    /// - Returns: the new variable.
    /// - Complexity: O(1).
    public func intVar(_ range: ClosedRange<Int>, name: String? = nil) -> IntVar {
        precondition(trail.level == 0, "variables are created at the root, outside search")
        let cell = trail.allocate(range.lowerBound)
        _ = trail.allocate(range.upperBound)
        _ = trail.allocate(range.upperBound - range.lowerBound + 1)
        vars.append(VarData(cell: cell, bitsBase: -1, originalMin: range.lowerBound, originalMax: range.upperBound))
        names.append(name)
        watchFix.append([])
        watchBounds.append([])
        watchDomain.append([])
        return IntVar(index: vars.count - 1)
    }

    /// Creates an integer variable whose domain is a set of values, e.g. the workdays of a horizon.
    ///
    /// - Parameters:
    ///   - values: the initial domain; must not be empty.
    ///   - name: an optional name for diagnostics.
    /// - Returns: the new variable.
    /// - Complexity: O(max - min).
    public func intVar(values: some Sequence<Int>, name: String? = nil) -> IntVar {
        let set = Set(values)
        precondition(!set.isEmpty, "a variable needs at least one value")
        let lo = set.min()!
        let hi = set.max()!
        let x = intVar(lo...hi, name: name)
        for v in lo...hi where !set.contains(v) {
            try? remove(x, v)
        }
        return x
    }

    /// Creates a Boolean variable.
    ///
    /// - Parameter name: an optional name for diagnostics.
    /// - Returns: the new variable, domain {0, 1}.
    public func boolVar(name: String? = nil) -> BoolVar {
        BoolVar(intVar(0...1, name: name))
    }

    /// Returns a fixed variable holding `v` (shared between calls).
    ///
    /// - Parameter v: the value.
    /// - Returns: a variable with domain {v}.
    public func constant(_ v: Int) -> IntVar {
        if let x = constants[v] { return x }
        let x = intVar(v...v)
        constants[v] = x
        return x
    }

    /// Creates an interval with a fresh start variable.
    ///
    /// - Parameters:
    ///   - start: the domain of the start.
    ///   - duration: the fixed duration.
    ///   - optional: whether to create a presence literal.
    ///   - name: an optional name for diagnostics.
    /// - Returns: the new interval.
    public func interval(start: ClosedRange<Int>, duration: Int, optional: Bool = false, name: String? = nil)
        -> IntervalVar
    {
        let s = intVar(start, name: name)
        return IntervalVar(start: s, duration: duration, presence: optional ? boolVar() : nil)
    }

    /// The diagnostic name of a variable.
    ///
    /// - Parameter x: a variable.
    /// - Returns: its name, or `x<index>`.
    public func name(of x: IntVar) -> String { names[x.index] ?? "x\(x.index)" }
}
