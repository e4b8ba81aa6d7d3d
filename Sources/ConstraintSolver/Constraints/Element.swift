/// result = table[index] for a constant table (domain consistent on the index,
/// bounds plus holes on small result domains).
final class Element: Propagator {
    let table: [Int]
    let index: IntVar
    let result: IntVar

    init(table: [Int], index: IntVar, result: IntVar) {
        self.table = table
        self.index = index
        self.result = result
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        try solver.setMin(index, 0)
        try solver.setMax(index, table.count - 1)
        solver.watch(index, on: .domain, by: self)
        solver.watch(result, on: .domain, by: self)
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        var lo = Int.max
        var hi = Int.min
        for i in solver.values(index) {
            let v = table[i]
            if solver.contains(result, v) {
                lo = Swift.min(lo, v)
                hi = Swift.max(hi, v)
            } else {
                try solver.remove(index, i)
            }
        }
        try solver.setMin(result, lo)
        try solver.setMax(result, hi)
        if solver.isFixed(index) {
            try solver.assign(result, table[solver.min(index)])
            solver.deactivate(self)
            return
        }
        if solver.size(result) <= 64 && solver.size(result) > 1 {
            var supported = Set<Int>()
            for i in solver.values(index) { supported.insert(table[i]) }
            for v in solver.values(result) where !supported.contains(v) {
                try solver.remove(result, v)
            }
        }
    }

    override func isSatisfied(by solution: Solution) -> Bool {
        let i = solution[index]
        return i >= 0 && i < table.count && table[i] == solution[result]
    }
}
