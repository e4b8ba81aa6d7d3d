/// Global and arithmetic constraints.
extension Solver {
    /// Posts result = table[index] (e.g. cost = costOfDay[day]).
    ///
    /// The index is restricted to `table.indices`; index values whose entry is not in the
    /// result's domain are removed, and the result is bounded by the entries still reachable.
    ///
    /// - Parameters:
    ///   - table: the constant table.
    ///   - index: the index variable.
    ///   - result: the variable equal to the selected entry.
    public func addElement(_ table: [Int], index: IntVar, result: IntVar) {
        add(Element(table: table, index: index, result: result))
    }

    /// A new variable equal to table[index].
    ///
    /// - Parameters:
    ///   - table: the constant table; must not be empty.
    ///   - index: the index variable.
    /// - Returns: the result variable.
    public func element(_ table: [Int], index: IntVar) -> IntVar {
        let r = intVar(table.min()!...table.max()!)
        addElement(table, index: index, result: r)
        return r
    }

    /// Posts xᵢ + offsetᵢ pairwise different.
    ///
    /// - Parameters:
    ///   - variables: the variables.
    ///   - offsets: added to each variable (e.g. diagonals of n-queens); zeros by default.
    public func addAllDifferent(_ variables: [IntVar], offsets: [Int]? = nil) {
        let o = offsets ?? Array(repeating: 0, count: variables.count)
        precondition(o.count == variables.count, "one offset per variable")
        add(AllDifferent(variables, offsets: o))
    }

    /// Posts (x₁, …, xₙ) ∈ tuples.
    ///
    /// - Parameters:
    ///   - variables: the variables.
    ///   - tuples: the allowed tuples, each with one value per variable.
    public func addTable(_ variables: [IntVar], tuples: [[Int]]) {
        precondition(tuples.allSatisfy { $0.count == variables.count }, "tuple width must match")
        add(Table(variables, tuples: tuples))
    }

    /// Posts result = max(variables).
    ///
    /// - Parameters:
    ///   - result: the maximum.
    ///   - variables: at least one variable.
    public func addMaximum(_ result: IntVar, of variables: [IntVar]) {
        precondition(!variables.isEmpty, "max of nothing")
        add(Maximum(result, variables))
    }

    /// Posts result = min(variables), as -result = max(-variables).
    ///
    /// - Parameters:
    ///   - result: the minimum.
    ///   - variables: at least one variable.
    public func addMinimum(_ result: IntVar, of variables: [IntVar]) {
        precondition(!variables.isEmpty, "min of nothing")
        add(Maximum(sum([(-1, result)]), variables.map { sum([(-1, $0)]) }))
    }

    /// Posts result = |x|.
    ///
    /// - Parameters:
    ///   - result: the absolute value.
    ///   - x: the variable.
    public func addAbsolute(_ result: IntVar, of x: IntVar) {
        add(AbsoluteValue(result, x))
    }

    /// Posts that no two present intervals overlap (a unary resource).
    ///
    /// - Parameter intervals: the intervals; optional ones count only when present.
    public func addNoOverlap(_ intervals: [IntervalVar]) {
        add(NoOverlap(intervals))
    }

    /// Posts that present intervals running at the same time use at most `capacity`.
    ///
    /// - Parameters:
    ///   - intervals: the intervals.
    ///   - demands: one non-negative demand per interval.
    ///   - capacity: the resource capacity.
    public func addCumulative(_ intervals: [IntervalVar], demands: [Int], capacity: Int) {
        precondition(demands.count == intervals.count, "one demand per interval")
        add(Cumulative(intervals, demands: demands, capacity: capacity))
    }

    /// Posts `before` ends no later than `after` starts (ignored when either is absent).
    ///
    /// - Parameters:
    ///   - before: the first interval.
    ///   - after: the second interval.
    public func addPrecedence(_ before: IntervalVar, _ after: IntervalVar) {
        let terms = [(1, before.start), (-1, after.start)]
        switch (before.presence, after.presence) {
        case (nil, nil): addLinear(terms, .lessOrEqual, -before.duration)
        case (let p?, nil), (nil, let p?): addLinear(terms, .lessOrEqual, -before.duration, enforcedBy: p.isTrue)
        case (let p?, let q?):
            let both = boolVar()
            addLinear([(1, p.int), (1, q.int), (-2, both.int)], .lessOrEqual, 1)
            addLinear([(1, p.int), (1, q.int), (-2, both.int)], .greaterOrEqual, 0)
            addLinear(terms, .lessOrEqual, -before.duration, enforcedBy: both.isTrue)
        }
    }
}
