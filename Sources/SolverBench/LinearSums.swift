import ConstraintSolver

/// A planner-shaped model of long linear sums over Booleans: `items` items each assigned
/// to exactly one of `slots` slots (Σ = 1 per item), weighted capacity per slot (Σ ≤ 30),
/// a "slot used" Boolean per slot reified by Σ ≥ 1, minimise a random assignment cost
/// plus 15 per used slot. Measures the node rate of the linear propagators.
struct LinearSumsRun {
    var items = 60
    var slots = 12
    var maxNodes = 400_000

    /// Runs first-fail branch and bound for `maxNodes` nodes (deterministic).
    ///
    /// - Returns: the best cost, the nodes explored and the wall time in seconds.
    func run() -> (cost: Int, nodes: Int, elapsed: Double) {
        let solver = Solver(seed: 3)
        var rng = SplitMix64(seed: 9)
        let b = (0..<items).map { _ in (0..<slots).map { _ in solver.boolVar() } }
        let weights = (0..<items).map { _ in 1 + Int(rng.next() % 9) }
        for i in 0..<items { solver.addLinear(b[i].map { (1, $0.int) }, .equal, 1) }
        for s in 0..<slots { solver.addLinear((0..<items).map { (weights[$0], b[$0][s].int) }, .lessOrEqual, 30) }
        var terms = (0..<items).flatMap { i in (0..<slots).map { s in (Int(rng.next() % 20), b[i][s].int) } }
        for s in 0..<slots {
            let used = solver.boolVar()
            solver.addLinear((0..<items).map { (1, b[$0][s].int) }, .greaterOrEqual, 1, reifiedBy: used)
            terms.append((15, used.int))
        }
        solver.minimize(solver.sum(terms))
        let result = solver.solve(
            branching: .firstFail(b.flatMap { $0.map(\.int) }, value: .largest),
            limits: SearchLimits(maxNodes: maxNodes))
        return (result.best?.objective ?? -1, result.statistics.nodes, result.statistics.elapsed)
    }
}
