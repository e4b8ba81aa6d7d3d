import Testing

@testable import ConstraintSolver

/// Random small models with one global constraint each (plus a linear side constraint),
/// compared with brute-force enumeration.
@Suite struct GlobalConstraintTests {
    static func smallDomains(_ rng: inout SplitMix64, _ n: Int) -> [[Int]] {
        (0..<n).map { _ in
            let lo = Int(rng.next() % 5) - 2
            var values = Array(lo...(lo + 1 + Int(rng.next() % 3)))
            if values.count > 2 && rng.next() % 3 == 0 { values.remove(at: 1) }
            return values
        }
    }

    static func model(seed: UInt64) -> RandomModel {
        var rng = SplitMix64(seed: seed)
        var m = RandomModel()
        let kind = seed % 7
        switch kind {
        case 0:  // element
            m.domains = [[-1, 0, 1, 2, 3, 4], [0, 1, 2, 3, 5, 7]] + smallDomains(&rng, 1)
            let table = (0..<4).map { _ in Int(rng.next() % 6) }
            m.constraints.append(
                (
                    { s, x in s.addElement(table, index: x[0], result: x[1]) },
                    { a in a[0] >= 0 && a[0] < table.count && table[a[0]] == a[1] }, "element"
                ))
        case 1:  // all-different with offsets
            m.domains = smallDomains(&rng, 4)
            let offsets = (0..<4).map { _ in Int(rng.next() % 3) - 1 }
            m.constraints.append(
                (
                    { s, x in s.addAllDifferent(x, offsets: offsets) },
                    { a in Set(a.indices.map { a[$0] + offsets[$0] }).count == a.count }, "alldiff"
                ))
        case 2:  // table
            m.domains = smallDomains(&rng, 3)
            let tuples = (0..<6).map { _ in (0..<3).map { _ in Int(rng.next() % 5) - 2 } }
            m.constraints.append(({ s, x in s.addTable(x, tuples: tuples) }, { a in tuples.contains(a) }, "table"))
        case 3:  // maximum
            m.domains = smallDomains(&rng, 4)
            m.constraints.append(
                (
                    { s, x in s.addMaximum(x[0], of: Array(x[1...])) },
                    { a in a[1...].max()! == a[0] }, "max"
                ))
        case 4:  // minimum
            m.domains = smallDomains(&rng, 4)
            m.constraints.append(
                (
                    { s, x in s.addMinimum(x[0], of: Array(x[1...])) },
                    { a in a[1...].min()! == a[0] }, "min"
                ))
        case 5:  // absolute value
            m.domains = [Array(-1...3), Array(-3...2)] + smallDomains(&rng, 1)
            m.constraints.append(({ s, x in s.addAbsolute(x[0], of: x[1]) }, { a in a[0] == abs(a[1]) }, "abs"))
        default:  // scheduling: three intervals, one optional, on a unary or cumulative resource
            let durations = (0..<3).map { _ in 1 + Int(rng.next() % 3) }
            let demands = (0..<3).map { _ in 1 + Int(rng.next() % 2) }
            m.domains = (0..<3).map { _ in Array(0...(2 + Int(rng.next() % 4))) } + [[0, 1]]
            let unary = rng.next() % 2 == 0
            let overlaps: ([Int], Int, Int) -> Bool = { a, i, j in
                a[i] < a[j] + durations[j] && a[j] < a[i] + durations[i]
            }
            let present: ([Int], Int) -> Bool = { a, i in i != 2 || a[3] == 1 }
            m.constraints.append(
                (
                    { s, x in
                        let ivs = (0..<3).map {
                            IntervalVar(
                                start: x[$0], duration: durations[$0],
                                presence: $0 == 2 ? BoolVar(x[3]) : nil)
                        }
                        if unary { s.addNoOverlap(ivs) } else { s.addCumulative(ivs, demands: demands, capacity: 2) }
                    },
                    { a in
                        for t in 0..<12 {
                            var load = 0
                            for i in 0..<3 where present(a, i) && a[i] <= t && t < a[i] + durations[i] {
                                load += unary ? 1 : demands[i]
                            }
                            if load > (unary ? 1 : 2) { return false }
                        }
                        _ = overlaps
                        return true
                    }, unary ? "nooverlap" : "cumulative"
                ))
        }
        // A random linear side constraint so that the global interacts with propagation.
        let n = m.domains.count
        let i = Int(rng.next() % UInt64(n))
        let j = Int(rng.next() % UInt64(n))
        let rhs = Int(rng.next() % 7) - 1
        m.constraints.append(
            (
                { s, x in s.addLinear([(1, x[i]), (1, x[j])], .lessOrEqual, rhs) },
                { a in a[i] + a[j] <= rhs }, "side"
            ))
        m.objective = [(1 + Int(rng.next() % 3), Int(rng.next() % UInt64(n))), (-1, Int(rng.next() % UInt64(n)))]
        return m
    }

    @Test(arguments: 0..<350 as Range<UInt64>)
    func solutionSetAgreesWithBruteForce(seed: UInt64) {
        let m = Self.model(seed: seed)
        let (solver, xs) = m.build(seed: seed)
        var found: [[Int]] = []
        let result = solver.solve(branching: .firstFail(xs, value: seed % 2 == 0 ? .smallest : .splitUpper)) { sol in
            found.append(xs.map { x in sol[x] })
        }
        let expected = m.solutions()
        #expect(Set(found) == Set(expected), "seed \(seed) \(m.constraints.map(\.label))")
        #expect(found.count == expected.count, "seed \(seed): duplicate solutions")
        #expect(result.status == (expected.isEmpty ? .infeasible : .optimal), "seed \(seed)")
    }

    @Test(arguments: 0..<350 as Range<UInt64>)
    func optimumAgreesWithBruteForce(seed: UInt64) {
        let m = Self.model(seed: seed &+ 77_000)
        let (solver, xs) = m.build(seed: seed)
        // Maximised as the minimum of the negation (the solver only minimises).
        solver.minimize(solver.sum(m.objective.map { (-$0.0, xs[$0.1]) }))
        let result = solver.solve(branching: .firstFail(xs, value: .random))
        let expected = m.solutions().map(m.objectiveValue).max()
        #expect(result.best?.objective.map { -$0 } == expected, "seed \(seed) \(m.constraints.map(\.label))")
    }
}
