@testable import ConstraintSolver

/// A small random model that can be posted to a solver and checked by brute force.
struct RandomModel {
    var domains: [[Int]] = []
    /// Each constraint: how to post it and how to check it on a full assignment.
    var constraints: [(post: (Solver, [IntVar]) -> Void, check: ([Int]) -> Bool, label: String)] = []
    var objective: [(Int, Int)] = []  // (coefficient, variable index)

    /// Every assignment of the domains, in lexicographic order.
    func allAssignments() -> [[Int]] {
        var result: [[Int]] = [[]]
        for d in domains {
            result = result.flatMap { prefix in d.map { prefix + [$0] } }
        }
        return result
    }

    func solutions() -> [[Int]] {
        allAssignments().filter { a in constraints.allSatisfy { $0.check(a) } }
    }

    func objectiveValue(_ a: [Int]) -> Int {
        objective.reduce(0) { $0 + $1.0 * a[$1.1] }
    }

    /// Builds a solver with the model; returns it and the model variables.
    func build(seed: UInt64) -> (Solver, [IntVar]) {
        let solver = Solver(seed: seed)
        solver.verifiesSolutions = true
        let xs = domains.map { solver.intVar(values: $0) }
        for c in constraints { c.post(solver, xs) }
        return (solver, xs)
    }
}
