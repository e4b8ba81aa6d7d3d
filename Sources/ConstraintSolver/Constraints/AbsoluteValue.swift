/// result = |x|: bounds reasoning both ways, plus the hole (-result.min, result.min) in x.
final class AbsoluteValue: Propagator {
    let result: IntVar
    let x: IntVar

    init(_ result: IntVar, _ x: IntVar) {
        self.result = result
        self.x = x
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        try solver.setMin(result, 0)
        solver.watch(result, on: .bounds, by: self)
        solver.watch(x, on: .domain, by: self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        let lo = solver.min(x)
        let hi = solver.max(x)
        if lo >= 0 {
            try solver.setMin(result, lo)
            try solver.setMax(result, hi)
            try solver.setMin(x, solver.min(result))
            try solver.setMax(x, solver.max(result))
        } else if hi <= 0 {
            try solver.setMin(result, -hi)
            try solver.setMax(result, -lo)
            try solver.setMin(x, -solver.max(result))
            try solver.setMax(x, -solver.min(result))
        } else {
            try solver.setMax(result, Swift.max(-lo, hi))
            let r = solver.max(result)
            try solver.setMin(x, -r)
            try solver.setMax(x, r)
            let inner = solver.min(result)
            if inner > 0 && inner <= 64 {
                for v in (-inner + 1)..<inner { try solver.remove(x, v) }
            }
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        solution[result] == abs(solution[x])
    }
}
