import Testing

@testable import ConstraintSolver

@Suite struct SearchTests {
    static let ft06: [[(Int, Int)]] = [
        [(2, 1), (0, 3), (1, 6), (3, 7), (5, 3), (4, 6)],
        [(1, 8), (2, 5), (4, 10), (5, 10), (0, 10), (3, 4)],
        [(2, 5), (3, 4), (5, 8), (0, 9), (1, 1), (4, 7)],
        [(1, 5), (0, 5), (2, 5), (3, 3), (4, 8), (5, 9)],
        [(2, 9), (1, 3), (4, 5), (5, 4), (0, 3), (3, 1)],
        [(1, 3), (3, 3), (5, 9), (0, 10), (4, 4), (2, 1)],
    ]

    static func jobShop(_ jobs: [[(Int, Int)]], seed: UInt64) -> (Solver, [IntervalVar], IntVar) {
        let solver = Solver(seed: seed)
        let (all, makespan) = postJobShop(jobs, into: solver)
        return (solver, all, makespan)
    }

    static func postJobShop(_ jobs: [[(Int, Int)]], into solver: Solver) -> ([IntervalVar], IntVar) {
        solver.verifiesSolutions = true
        let horizon = jobs.joined().reduce(0) { $0 + $1.1 }
        var machines = [[IntervalVar]](repeating: [], count: 6)
        var all: [IntervalVar] = []
        let makespan = solver.intVar(0...horizon)
        for job in jobs {
            var previous: IntervalVar? = nil
            for (m, d) in job {
                let iv = solver.interval(start: 0...horizon, duration: d)
                if let p = previous { solver.addPrecedence(p, iv) }
                machines[m].append(iv)
                all.append(iv)
                previous = iv
            }
            solver.addLinear([(1, previous!.start), (-1, makespan)], .lessOrEqual, -previous!.duration)
        }
        for m in machines { solver.addNoOverlap(m) }
        solver.minimize(makespan)
        return (all, makespan)
    }

    @Test func ft06IsProvenOptimalAt55() {
        let (solver, all, makespan) = Self.jobShop(Self.ft06, seed: 1)
        let result = solver.solve(branching: .setTimes(all, in: solver))
        #expect(result.status == .optimal)
        #expect(result.best?[makespan] == 55)
    }

    @Test func sudokuIsSolvedUniquely() {
        let puzzle = """
            53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79
            """
        let solver = Solver()
        solver.verifiesSolutions = true
        let cells = puzzle.map { c -> IntVar in
            if let v = c.wholeNumberValue { return solver.constant(v) }
            return solver.intVar(1...9)
        }
        for r in 0..<9 { solver.addAllDifferent((0..<9).map { cells[r * 9 + $0] }) }
        for c in 0..<9 { solver.addAllDifferent((0..<9).map { cells[$0 * 9 + c] }) }
        for b in 0..<9 {
            let r0 = (b / 3) * 3
            let c0 = (b % 3) * 3
            solver.addAllDifferent((0..<9).map { cells[(r0 + $0 / 3) * 9 + c0 + $0 % 3] })
        }
        var solutions: [Solution] = []
        let result = solver.solve(branching: .firstFail(cells)) { solutions.append($0) }
        #expect(result.status == .optimal)
        #expect(solutions.count == 1)
        let first = solutions.first.map { s in cells.prefix(9).map { s[$0] } }
        #expect(first == [5, 3, 4, 6, 7, 8, 9, 1, 2])
    }

    @Test func sameSeedAndIterationLimitReplayLNS() {
        func run() -> [Int] {
            let (solver, all, makespan) = Self.jobShop(Self.ft06, seed: 7)
            var objectives: [Int] = []
            let branching = Branching.setTimes(all, in: solver)
            solver.solveLNS(
                branching: branching, neighbourhood: .random(all.map(\.start), relaxed: 0.5),
                limits: SearchLimits(maxIterations: 40), iterationFailureLimit: 20
            ) { objectives.append($0[makespan]) }
            return objectives
        }
        let a = run()
        let b = run()
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a == a.sorted(by: >), "each solution improves")
    }

    @Test func limitsStopTheSearch() {
        let (solver, all, _) = Self.jobShop(Self.ft06, seed: 1)
        let result = solver.solve(branching: .setTimes(all, in: solver), limits: SearchLimits(maxNodes: 50))
        #expect(result.statistics.nodes <= 50)
        #expect(result.status == .feasible || result.status == .unknown)
        let again = solver.solve(branching: .setTimes(all, in: solver), limits: SearchLimits(maxFailures: 3))
        #expect(again.statistics.failures <= 3)
    }

    @Test func restartsFindTheOptimumOfASmallModel() {
        let (solver, all, makespan) = Self.jobShop(Self.ft06, seed: 3)
        let result = solver.solveWithRestarts(
            branching: .setTimes(all, in: solver), restarts: .luby(scale: 50))
        #expect(result.status == .optimal)
        #expect(result.best?[makespan] == 55)
    }

    @Test func infeasibleRootIsReported() {
        let solver = Solver()
        let x = solver.intVar(0...3)
        solver.addLinear([(1, x)], .greaterOrEqual, 5)
        #expect(solver.isInfeasible)
        #expect(solver.solve(branching: .firstFail([x])).status == .infeasible)
    }

    @Test func lubySequence() {
        #expect((1...15).map { RestartPolicy.luby($0) } == [1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8])
    }
}

@Suite struct PortfolioTests {
    @Test func twoWorkersShareAValidIncumbent() async {
        let result = await Portfolio.solve(
            workers: 2, seed: 5, limits: SearchLimits(maxIterations: 300, targetObjective: 55),
            iterationFailureLimit: 50
        ) { solver in
            let (all, _) = SearchTests.postJobShop(SearchTests.ft06, into: solver)
            return Portfolio.Plan(
                branching: .setTimes(all, in: solver), neighbourhood: .random(all.map(\.start), relaxed: 0.5))
        }
        // Workers verify every solution (invariant check); the timing of sharing is not
        // deterministic, so only bounds are asserted.
        let value = result.best?.objective ?? -1
        #expect(value >= 55 && value <= 70)
        #expect(result.statistics.iterations > 0)
    }
}
