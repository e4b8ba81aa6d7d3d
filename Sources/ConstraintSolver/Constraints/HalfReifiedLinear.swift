/// literal ⇒ Σ aᵢ·xᵢ ≤ c (half-reification).
///
/// When the literal holds the inequality is filtered; when the inequality cannot hold the
/// literal is set false. Two of these with opposite literals give full reification, and a
/// pair with the same Boolean and opposite literals gives a disjunction such as
/// "task a before task b, or b before a". Fixed terms of long sums are summed once
/// (``IncrementalSum``), so a run costs O(unfixed terms).
final class HalfReifiedLinear: Propagator {
    let literal: Literal
    let expression: LinearExpression
    let bound: Int
    @exclusivity(unchecked) var sum: IncrementalSum
    /// Whether ``sum`` is used (long sums); short ones take the plain O(n) path.
    var isIncremental: Bool { sum.isIncremental }

    init(_ literal: Literal, _ expression: LinearExpression, _ bound: Int) {
        self.literal = literal
        self.expression = expression
        self.bound = bound
        sum = IncrementalSum(expression)
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        sum.allocate(in: solver)
        solver.watch(literal.variable.int, on: .fix, by: self)
        expression.watchBounds(solver, by: self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        let b = literal.variable.int
        if solver.isFixed(b) && (solver.min(b) == 1) != literal.isPositive {
            solver.deactivate(self)
            return
        }
        guard isIncremental else {
            if solver.isFixed(b) {
                if try expression.filterLessOrEqual(solver, bound) { solver.deactivate(self) }
            } else if expression.minSum(solver) > bound {
                try solver.assign(b, literal.isPositive ? 0 : 1)
                solver.deactivate(self)
            } else if expression.maxSum(solver) <= bound {
                solver.deactivate(self)
            }
            return
        }
        let state = sum.update(solver, expression)
        if solver.isFixed(b) {
            if try sum.filterLessOrEqual(solver, expression, bound, fixed: state.fixed, minSum: state.min) {
                solver.deactivate(self)
            }
        } else if state.min > bound {
            try solver.assign(b, literal.isPositive ? 0 : 1)
            solver.deactivate(self)
        } else if state.max <= bound {
            solver.deactivate(self)
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        !solution.holds(literal) || expression.value(solution) <= bound
    }
}
