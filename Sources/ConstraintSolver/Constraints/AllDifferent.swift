/// xᵢ + offsetᵢ pairwise different: value elimination when a variable is fixed, plus a
/// pigeonhole check on the union of the domains' bounds.
final class AllDifferent: Propagator {
    let variables: [IntVar]
    let offsets: [Int]

    init(_ variables: [IntVar], offsets: [Int]) {
        self.variables = variables
        self.offsets = offsets
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        for x in variables { solver.watch(x, on: .fix, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        var changed = true
        while changed {
            changed = false
            for i in 0..<variables.count where solver.isFixed(variables[i]) {
                let v = solver.min(variables[i]) + offsets[i]
                for j in 0..<variables.count where j != i {
                    let x = variables[j]
                    let wasFixed = solver.isFixed(x)
                    try solver.remove(x, v - offsets[j])
                    if !wasFixed && solver.isFixed(x) { changed = true }
                }
            }
        }
        var lo = Int.max
        var hi = Int.min
        var free = 0
        for i in 0..<variables.count where !solver.isFixed(variables[i]) {
            lo = Swift.min(lo, solver.min(variables[i]) + offsets[i])
            hi = Swift.max(hi, solver.max(variables[i]) + offsets[i])
            free += 1
        }
        if free > 0 && hi - lo + 1 < free { throw Inconsistency() }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        var seen = Set<Int>()
        for i in 0..<variables.count where !seen.insert(solution[variables[i]] + offsets[i]).inserted {
            return false
        }
        return true
    }
}
