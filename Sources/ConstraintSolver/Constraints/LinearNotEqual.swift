/// Σ aᵢ·xᵢ ≠ c: prunes when all terms but one are fixed.
final class LinearNotEqual: Propagator {
    let expression: LinearExpression
    let bound: Int

    init(_ expression: LinearExpression, _ bound: Int) {
        self.expression = expression
        self.bound = bound
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        for x in expression.variables { solver.watch(x, on: .fix, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        try LinearNotEqual.filter(expression, bound, solver, self)
    }

    /// Shared with the reified equality when its literal is false.
    static func filter(_ e: LinearExpression, _ c: Int, _ s: Solver, _ p: Propagator) throws(Inconsistency) {
        var free = -1
        var sum = 0
        for i in 0..<e.variables.count {
            let x = e.variables[i]
            if s.isFixed(x) {
                sum += e.coefficients[i] * s.min(x)
            } else if free >= 0 {
                return
            } else {
                free = i
            }
        }
        if free < 0 {
            if sum == c { throw Inconsistency() }
            s.deactivate(p)
            return
        }
        let a = e.coefficients[free]
        let rest = c - sum
        if rest % a == 0 { try s.remove(e.variables[free], rest / a) }
        s.deactivate(p)
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        expression.value(solution) != bound
    }
}
