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
