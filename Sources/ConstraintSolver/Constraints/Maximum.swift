/// result = max(x₁, …, xₙ), bounds consistent. (Minimum is posted as a maximum of negations.)
final class Maximum: Propagator {
    let result: IntVar
    let variables: [IntVar]

    init(_ result: IntVar, _ variables: [IntVar]) {
        self.result = result
        self.variables = variables
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        solver.watch(result, on: .bounds, by: self)
        for x in variables { solver.watch(x, on: .bounds, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        var maxOfMins = Int.min
        var maxOfMaxes = Int.min
        for x in variables {
            maxOfMins = Swift.max(maxOfMins, solver.min(x))
            maxOfMaxes = Swift.max(maxOfMaxes, solver.max(x))
        }
        try solver.setMin(result, maxOfMins)
        try solver.setMax(result, maxOfMaxes)
        let top = solver.max(result)
        let bottom = solver.min(result)
        var candidate: IntVar? = nil
        var candidates = 0
        for x in variables {
            try solver.setMax(x, top)
            if solver.max(x) >= bottom {
                candidates += 1
                candidate = x
            }
        }
        if candidates == 0 { throw Inconsistency() }
        if candidates == 1, let x = candidate { try solver.setMin(x, bottom) }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        variables.map { solution[$0] }.max() == solution[result]
    }
}
