/// Σ aᵢ·xᵢ ≤ c, with bounds reasoning.
///
/// Each run computes the minimum of the sum and tightens every term against the slack;
/// tightening one term never changes the others' slack, so one run reaches the fixpoint
/// (the propagator is idempotent). Once the maximum of the sum is at most `c` the
/// propagator switches itself off for the rest of the branch.
final class LinearLessOrEqual: Propagator {
    let expression: LinearExpression
    let bound: Int

    init(_ expression: LinearExpression, _ bound: Int) {
        self.expression = expression
        self.bound = bound
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        expression.watchBounds(solver, by: self)
        solver.markIdempotent(self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        if try expression.filterLessOrEqual(solver, bound) { solver.deactivate(self) }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        expression.value(solution) <= bound
    }
}
