/// The fixed terms of a linear sum, kept incrementally (MiniCP's `Sum`).
///
/// Term indices live in a sparse-set permutation whose prefix holds the fixed terms; the
/// prefix length and the fixed terms' sum are trailed cells. Terms are only swapped behind
/// the prefix, so after backtracking the shorter restored prefix still holds terms fixed at
/// that node, and the permutation itself needs no trailing. Each update and filtering pass
/// then costs O(unfixed terms) instead of O(n). Sums of at most ``directLimit`` terms
/// (precedences, half-reified disjunctions) are cheaper without the bookkeeping: the
/// propagators check ``isIncremental`` and keep the plain O(n) path for them.
struct IncrementalSum {
    /// Term indices; the first `trail[fixedCountCell]` are fixed.
    var order: [Int]
    var fixedCountCell = -1
    var fixedSumCell = -1
    /// Whether the fixed prefix is maintained (more than ``directLimit`` terms).
    let isIncremental: Bool
    /// Up to this many terms a plain O(n) pass is cheaper than the bookkeeping.
    static let directLimit = 4

    init(_ expression: LinearExpression) {
        order = Array(expression.variables.indices)
        isIncremental = order.count > Self.directLimit
    }

    /// Allocates the trailed cells; call once from the propagator's `post`.
    mutating func allocate(in solver: Solver) {
        guard isIncremental else { return }
        fixedCountCell = solver.trail.allocate(0)
        fixedSumCell = solver.trail.allocate(0)
    }

    /// Moves newly fixed terms into the prefix.
    ///
    /// - Returns: the prefix length and the current minimum and maximum of the sum.
    /// - Precondition: ``isIncremental``.
    /// - Complexity: O(unfixed terms).
    mutating func update(_ s: Solver, _ e: LinearExpression) -> (fixed: Int, min: Int, max: Int) {
        let coefficients = e.coefficients
        let variables = e.variables
        var fixedCount = s.trail.values[fixedCountCell]
        var fixedSum = s.trail.values[fixedSumCell]
        let fixedBefore = fixedCount
        var lo = 0
        var hi = 0
        for k in fixedCount..<order.count {
            let t = order[k]
            let a = coefficients[t]
            let mn = s.min(variables[t])
            let mx = s.max(variables[t])
            if mn == mx {
                fixedSum += a * mn
                order.swapAt(k, fixedCount)
                fixedCount += 1
            } else if a > 0 {
                lo += a * mn
                hi += a * mx
            } else {
                lo += a * mx
                hi += a * mn
            }
        }
        if fixedCount != fixedBefore {
            s.trail.set(fixedCountCell, fixedCount)
            s.trail.set(fixedSumCell, fixedSum)
        }
        return (fixedCount, fixedSum + lo, fixedSum + hi)
    }

    /// Bounds filtering of Σ ≤ c over the unfixed terms, after ``update(_:_:)``.
    ///
    /// - Parameters:
    ///   - fixed: the prefix length returned by the update.
    ///   - minSum: the minimum returned by the update.
    /// - Returns: whether the inequality is now entailed.
    /// - Throws: ``Inconsistency`` when the minimum exceeds `c`.
    func filterLessOrEqual(
        _ s: Solver, _ e: LinearExpression, _ c: Int, fixed: Int, minSum: Int
    ) throws(Inconsistency) -> Bool {
        if minSum > c { throw Inconsistency() }
        let coefficients = e.coefficients
        let variables = e.variables
        let slack = c - minSum
        var span = 0
        for q in fixed..<order.count {
            let t = order[q]
            let a = coefficients[t]
            let x = variables[t]
            span += try LinearExpression.tighten(s, a, x, slack: slack)
        }
        return span <= slack
    }
}
