import Testing

@testable import ConstraintSolver

@Suite struct ClassicTests {
    @Test func eightQueensHas92Solutions() {
        let solver = Solver()
        solver.verifiesSolutions = true
        let n = 8
        let q = (0..<n).map { solver.intVar(0...(n - 1), name: "q\($0)") }
        for i in 0..<n {
            for j in (i + 1)..<n {
                solver.addLinear([(1, q[i]), (-1, q[j])], .notEqual, 0)
                solver.addLinear([(1, q[i]), (-1, q[j])], .notEqual, j - i)
                solver.addLinear([(1, q[i]), (-1, q[j])], .notEqual, i - j)
            }
        }
        let result = solver.solve(branching: .firstFail(q))
        #expect(result.statistics.solutions == 92)
        #expect(result.status == .optimal)
    }
}

@Suite struct ReadmeExampleTests {
    @Test func readmeExampleFindsTheCheapestPlan() {
        let solver = Solver(seed: 42)
        let day = solver.intVar(values: [0, 1, 2, 5, 6])
        let used = (0..<3).map { _ in solver.boolVar() }
        solver.addLinear(used.map { (1, $0.int) }, .lessOrEqual, 2)
        solver.addLinear([(1, day)], .greaterOrEqual, 5, reifiedBy: used[0])
        let cost = solver.sum(used.enumerated().map { (10 * ($0.offset + 1), $0.element.int) })
        solver.minimize(cost)
        let result = solver.solve(branching: .firstFail([day] + used.map(\.int)), limits: SearchLimits(timeLimit: 2))
        #expect(result.status == .optimal)
        #expect(result.best?.objective == 0)
        #expect((result.best?[day] ?? 9) < 5)
    }
}
