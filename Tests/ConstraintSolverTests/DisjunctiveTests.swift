import Testing

@testable import ConstraintSolver

/// Not-first / not-last filtering, the order literals of ``DisjunctiveResource``, the rank
/// branching, proofs from an initial solution and LNS feedback.
@Suite struct DisjunctiveTests {
    /// A random small unary resource: (est, lct, duration) per task.
    static func instance(seed: UInt64) -> [(est: Int, lct: Int, duration: Int)] {
        var rng = SplitMix64(seed: seed)
        let n = 3 + Int(rng.next() % 3)
        return (0..<n).map { _ in
            let duration = 1 + Int(rng.next() % 4)
            let est = Int(rng.next() % 7)
            return (est, est + duration + Int(rng.next() % 8), duration)
        }
    }

    /// Every feasible start vector of a unary resource, by enumeration.
    static func schedules(_ tasks: [(est: Int, lct: Int, duration: Int)]) -> [[Int]] {
        var result: [[Int]] = [[]]
        for t in tasks { result = result.flatMap { p in (t.est...(t.lct - t.duration)).map { p + [$0] } } }
        return result.filter { s in
            for a in s.indices {
                for b in s.indices where a < b {
                    if s[a] < s[b] + tasks[b].duration && s[b] < s[a] + tasks[a].duration { return false }
                }
            }
            return true
        }
    }

    /// The not-first and not-last rules over every subset Ω, once, on the initial bounds:
    /// the tightest (est, lst) they imply per task, or nil when they prove infeasibility.
    static func ruleBounds(_ tasks: [(est: Int, lct: Int, duration: Int)]) -> [(Int, Int)]? {
        var bounds = tasks.map { ($0.est, $0.lct - $0.duration) }
        let n = tasks.count
        for i in 0..<n {
            let others = (0..<n).filter { $0 != i }
            for mask in 1..<(1 << others.count) {
                let omega = others.indices.filter { mask & (1 << $0) != 0 }.map { others[$0] }
                let work = omega.reduce(0) { $0 + tasks[$1].duration }
                let lctOmega = omega.map { tasks[$0].lct }.max()!
                let estOmega = omega.map { tasks[$0].est }.min()!
                // Not first: Ω cannot all run after i.
                if lctOmega - work < tasks[i].est + tasks[i].duration {
                    bounds[i].0 = Swift.max(bounds[i].0, omega.map { tasks[$0].est + tasks[$0].duration }.min()!)
                }
                // Not last: Ω cannot all run before i.
                if estOmega + work > tasks[i].lct - tasks[i].duration {
                    let latest = omega.map { tasks[$0].lct - tasks[$0].duration }.max()!
                    bounds[i].1 = Swift.min(bounds[i].1, latest - tasks[i].duration)
                }
            }
            if bounds[i].0 > bounds[i].1 { return nil }
        }
        return bounds
    }

    @Test(arguments: 0..<300 as Range<UInt64>)
    func noOverlapIsSoundAndAtLeastAsStrongAsNotFirstNotLast(seed: UInt64) {
        let tasks = Self.instance(seed: seed)
        let solver = Solver(seed: seed)
        solver.verifiesSolutions = true
        let intervals = tasks.map { solver.interval(start: $0.est...($0.lct - $0.duration), duration: $0.duration) }
        solver.addNoOverlap(intervals)
        let feasible = Self.schedules(tasks)
        let rule = Self.ruleBounds(tasks)
        if feasible.isEmpty {
            #expect(solver.solve(branching: .firstFail(intervals.map(\.start))).status == .infeasible, "seed \(seed)")
            return
        }
        #expect(!solver.isInfeasible, "seed \(seed): root failure on a feasible instance")
        #expect(rule != nil, "seed \(seed): the brute-force rule is unsound")
        for (k, iv) in intervals.enumerated() {
            let lo = solver.min(iv.start)
            let hi = solver.max(iv.start)
            #expect(feasible.allSatisfy { $0[k] >= lo && $0[k] <= hi }, "seed \(seed): task \(k) lost a feasible start")
            if let rule {
                #expect(lo >= rule[k].0 && hi <= rule[k].1, "seed \(seed): task \(k) [\(lo), \(hi)] vs rule \(rule[k])")
            }
        }
        var count = 0
        solver.solve(branching: .firstFail(intervals.map(\.start))) { _ in count += 1 }
        #expect(count == feasible.count, "seed \(seed)")
    }

    @Test func orderLiteralsAreComplementary() {
        let solver = Solver()
        let ivs = (0..<4).map { solver.interval(start: 0...20, duration: 1 + $0) }
        let resource = solver.addDisjunctive(ivs)
        #expect(resource.pairs.count == 6)
        for a in 0..<4 {
            for b in 0..<4 where a != b {
                #expect(resource.before(a, b) == resource.before(b, a).negated)
            }
        }
        let (a, b) = (ivs[1], ivs[3])
        try? solver.assign(resource.before(3, 1).variable, resource.before(3, 1).isPositive)
        try? solver.propagate()
        #expect(solver.min(a.start) >= b.duration)
    }

    /// A random job shop posted with disjunctive resources.
    static func jobShop(seed: UInt64, solver: Solver) -> (
        tasks: [IntervalVar], resources: [DisjunctiveResource], makespan: IntVar
    ) {
        var rng = SplitMix64(seed: seed)
        let jobs = 3 + Int(seed % 2)
        let machines = 3
        let horizon = 60
        let makespan = solver.intVar(0...horizon)
        var byMachine = [[IntervalVar]](repeating: [], count: machines)
        var all: [IntervalVar] = []
        for _ in 0..<jobs {
            var order = Array(0..<machines)
            for k in stride(from: machines - 1, to: 0, by: -1) { order.swapAt(k, Int(rng.next() % UInt64(k + 1))) }
            var previous: IntervalVar? = nil
            for m in order {
                let iv = solver.interval(start: 0...horizon, duration: 1 + Int(rng.next() % 6))
                if let p = previous { solver.addPrecedence(p, iv) }
                byMachine[m].append(iv)
                all.append(iv)
                previous = iv
            }
            solver.addLinear([(1, previous!.start), (-1, makespan)], .lessOrEqual, -previous!.duration)
        }
        let resources = byMachine.map { solver.addDisjunctive($0) }
        solver.minimize(makespan)
        return (all, resources, makespan)
    }

    @Test(arguments: 0..<30 as Range<UInt64>)
    func rankBranchingFindsTheSetTimesOptimum(seed: UInt64) {
        let a = Solver(seed: seed)
        let b = Solver(seed: seed)
        a.verifiesSolutions = true
        b.verifiesSolutions = true
        let ma = Self.jobShop(seed: seed, solver: a)
        let mb = Self.jobShop(seed: seed, solver: b)
        let ranked = a.solve(branching: .rank(ma.resources))
        let timed = b.solve(branching: .setTimes(mb.tasks, in: b))
        #expect(ranked.status == .optimal && timed.status == .optimal)
        #expect(ranked.best?[ma.makespan] == timed.best?[mb.makespan], "seed \(seed)")
    }

    @Test func ft06IsProvenByRankBranchingAndFromAnInitialSolution() {
        let solver = Solver(seed: 1)
        solver.verifiesSolutions = true
        let (all, makespan) = SearchTests.postJobShop(SearchTests.ft06, into: solver)
        _ = all
        let machines = SearchTests.ft06.flatMap { $0.map(\.0) }
        var byMachine = [[IntervalVar]](repeating: [], count: 6)
        for (k, m) in machines.enumerated() { byMachine[m].append(all[k]) }
        let resources = byMachine.map { solver.addDisjunctive($0) }
        let result = solver.solve(branching: .rank(resources))
        #expect(result.status == .optimal)
        #expect(result.best?[makespan] == 55)
        let proof = solver.solve(branching: .rank(resources), initial: result.best)
        #expect(proof.status == .optimal)
        #expect(proof.statistics.solutions == 0)
        #expect(proof.best?[makespan] == 55)
    }

    @Test func lnsFeedbackReportsEveryIterationAndReplays() {
        func run() -> (objectives: [Int], outcomes: [Neighbourhood.Outcome]) {
            let (solver, all, makespan) = SearchTests.jobShop(SearchTests.ft06, seed: 11)
            var objectives: [Int] = []
            var outcomes: [Neighbourhood.Outcome] = []
            let random = Neighbourhood.random(all.map(\.start), relaxed: 0.4)
            let neighbourhood = Neighbourhood(random.apply, feedback: { outcomes.append($0) })
            solver.solveLNS(
                branching: .setTimes(all, in: solver), neighbourhood: neighbourhood,
                limits: SearchLimits(maxIterations: 30), iterationFailureLimit: 10
            ) { objectives.append($0[makespan]) }
            return (objectives, outcomes)
        }
        let a = run()
        let b = run()
        #expect(a.outcomes.count == 30)
        let improved = a.outcomes.filter { $0 == .improved }.count
        #expect(improved <= a.objectives.count - 1 && (improved > 0) == (a.objectives.count > 1))
        #expect(a.objectives == b.objectives && a.outcomes == b.outcomes)
    }
}
