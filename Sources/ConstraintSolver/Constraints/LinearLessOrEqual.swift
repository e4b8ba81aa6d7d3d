/// Σ aᵢ·xᵢ ≤ c, with bounds reasoning, incremental in the fixed terms.
///
/// Each run computes the minimum of the sum and tightens every term against the slack;
/// tightening one term never changes the others' slack, so one run reaches the fixpoint
/// (the propagator is idempotent). Once the maximum of the sum is at most `c` the
/// propagator switches itself off for the rest of the branch.
///
/// Fixed terms are moved to a prefix of a sparse-set permutation whose length and sum are
/// trailed (MiniCP's `Sum`), so a run costs O(unfixed terms), not O(n): long sums over
/// Booleans get cheaper as search fixes them.
final class LinearLessOrEqual: Propagator {
    let expression: LinearExpression
    let bound: Int
    /// Term indices; the first `trail[fixedCountCell]` are fixed terms.
    @exclusivity(unchecked) var order: [Int]
    var fixedCountCell = -1
    var fixedSumCell = -1

    init(_ expression: LinearExpression, _ bound: Int) {
        self.expression = expression
        self.bound = bound
        order = Array(expression.variables.indices)
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        fixedCountCell = solver.trail.allocate(0)
        fixedSumCell = solver.trail.allocate(0)
        expression.watchBounds(solver, by: self)
        solver.markIdempotent(self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        let coefficients = expression.coefficients, variables = expression.variables
        let n = order.count
        var fixedCount = solver.trail.values[fixedCountCell]
        var fixedSum = solver.trail.values[fixedSumCell]
        let fixedBefore = fixedCount
        var lo = 0
        var k = fixedCount
        while k < n {
            let t = order[k]
            let x = variables[t], a = coefficients[t]
            let mn = solver.min(x), mx = solver.max(x)
            if mn == mx {
                fixedSum += a * mn
                order.swapAt(k, fixedCount)
                fixedCount += 1
            } else {
                lo += a > 0 ? a * mn : a * mx
            }
            k += 1
        }
        if fixedCount != fixedBefore {
            solver.trail.set(fixedCountCell, fixedCount)
            solver.trail.set(fixedSumCell, fixedSum)
        }
        lo += fixedSum
        if lo > bound { throw Inconsistency() }
        let slack = bound - lo
        var span = 0
        for q in fixedCount..<n {
            let t = order[q]
            let a = coefficients[t], x = variables[t]
            let mn = solver.min(x), mx = solver.max(x)
            if a > 0 {
                if a * (mx - mn) > slack {
                    try solver.setMax(x, mn + slack / a)
                    span += a * (solver.max(x) - mn)
                } else {
                    span += a * (mx - mn)
                }
            } else {
                if -a * (mx - mn) > slack {
                    try solver.setMin(x, mx - slack / -a)
                    span += -a * (mx - solver.min(x))
                } else {
                    span += -a * (mx - mn)
                }
            }
        }
        if span <= slack { solver.deactivate(self) }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        expression.value(solution) <= bound
    }
}
