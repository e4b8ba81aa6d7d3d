/// Σ aᵢ·xᵢ ≤ c, with bounds reasoning, incremental in the fixed terms.
///
/// Each run computes the minimum of the sum and tightens every term against the slack;
/// tightening one term never changes the others' slack, so one run reaches the fixpoint
/// (the propagator is idempotent). Once the maximum of the sum is at most `c` the
/// propagator switches itself off for the rest of the branch. Fixed terms of long sums
/// are summed once (``IncrementalSum``), so a run costs O(unfixed terms): long sums over
/// Booleans get cheaper as search fixes them.
final class LinearLessOrEqual: Propagator {
    let expression: LinearExpression
    let bound: Int
    @exclusivity(unchecked) var sum: IncrementalSum
    /// Whether ``sum`` is used (long sums); short ones take the plain O(n) path.
    var isIncremental: Bool { sum.isIncremental }

    init(_ expression: LinearExpression, _ bound: Int) {
        self.expression = expression
        self.bound = bound
        sum = IncrementalSum(expression)
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        sum.allocate(in: solver)
        expression.watchBounds(solver, by: self)
        solver.markIdempotent(self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        guard isIncremental else {
            if try expression.filterLessOrEqual(solver, bound) { solver.deactivate(self) }
            return
        }
        let state = sum.update(solver, expression)
        if try sum.filterLessOrEqual(solver, expression, bound, fixed: state.fixed, minSum: state.min) {
            solver.deactivate(self)
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        expression.value(solution) <= bound
    }
}
