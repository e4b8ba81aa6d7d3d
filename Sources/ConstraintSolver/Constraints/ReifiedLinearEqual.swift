/// b ⇔ (Σ aᵢ·xᵢ = c).
final class ReifiedLinearEqual: Propagator {
    let reification: BoolVar
    let expression: LinearExpression
    let negatedExpression: LinearExpression
    let bound: Int

    init(_ reification: BoolVar, _ expression: LinearExpression, _ bound: Int) {
        self.reification = reification
        self.expression = expression
        self.negatedExpression = expression.negated
        self.bound = bound
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        solver.watch(reification.int, on: .fix, by: self)
        for x in expression.variables { solver.watch(x, on: .domain, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        let b = reification.int
        if solver.isFixed(b) {
            if solver.min(b) == 1 {
                let a = try expression.filterLessOrEqual(solver, bound)
                let c = try negatedExpression.filterLessOrEqual(solver, -bound)
                if a && c { solver.deactivate(self) }
            } else {
                try LinearNotEqual.filter(expression, bound, solver, self)
            }
            return
        }
        let lo = expression.minSum(solver)
        let hi = expression.maxSum(solver)
        if lo > bound || hi < bound {
            try solver.assign(b, 0)
            solver.deactivate(self)
        } else if lo == hi {
            try solver.assign(b, 1)
            solver.deactivate(self)
        } else if expression.variables.count == 1 {
            let a = expression.coefficients[0]
            if bound % a != 0 || !solver.contains(expression.variables[0], bound / a) {
                try solver.assign(b, 0)
                solver.deactivate(self)
            }
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        solution[reification] == (expression.value(solution) == bound)
    }
}
