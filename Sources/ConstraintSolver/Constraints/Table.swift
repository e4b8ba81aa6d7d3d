/// (x₁, …, xₙ) ∈ allowed tuples, by simple tabular reduction (STR): the live tuples form a
/// reversible sparse set; each run drops tuples with a value no longer in a domain and
/// removes every value without a live supporting tuple (domain consistency).
final class Table: Propagator {
    let variables: [IntVar]
    let tuples: [[Int]]
    var order: [Int]
    var liveCount: ReversibleInt = ReversibleInt(cell: -1)

    init(_ variables: [IntVar], tuples: [[Int]]) {
        self.variables = variables
        self.tuples = tuples
        self.order = Array(tuples.indices)
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        liveCount = ReversibleInt(cell: solver.trail.allocate(tuples.count))
        for x in variables { solver.watch(x, on: .domain, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        var live = solver.trail[liveCount.cell]
        var supported = [Set<Int>](repeating: [], count: variables.count)
        var i = 0
        while i < live {
            let t = tuples[order[i]]
            var valid = true
            for k in 0..<variables.count where !solver.contains(variables[k], t[k]) {
                valid = false
                break
            }
            if valid {
                for k in 0..<variables.count { supported[k].insert(t[k]) }
                i += 1
            } else {
                live -= 1
                order.swapAt(i, live)
            }
        }
        solver.trail[liveCount.cell] = live
        if live == 0 { throw Inconsistency() }
        for k in 0..<variables.count where solver.size(variables[k]) > supported[k].count {
            for v in solver.values(variables[k]) where !supported[k].contains(v) {
                try solver.remove(variables[k], v)
            }
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        let values = variables.map { solution[$0] }
        return tuples.contains(values)
    }
}
