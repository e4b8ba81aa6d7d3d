import Testing

@testable import ConstraintSolver

@Suite struct LinearTests {
    static func randomTerms(_ rng: inout SplitMix64, _ n: Int) -> [(Int, Int)] {
        let k = 1 + Int(rng.next() % 3)
        return (0..<k).map { _ in (Int(rng.next() % 7) - 3, Int(rng.next() % UInt64(n))) }
    }

    static func model(seed: UInt64) -> RandomModel {
        var rng = SplitMix64(seed: seed)
        var m = RandomModel()
        let n = 3 + Int(rng.next() % 2)
        for _ in 0..<n {
            let lo = Int(rng.next() % 5) - 2
            let width = 1 + Int(rng.next() % 4)
            var values = Array(lo...(lo + width))
            if values.count > 2 && rng.next() % 3 == 0 { values.remove(at: 1) }
            m.domains.append(values)
        }
        m.domains.append([0, 1])  // a Boolean for reification
        let b = n
        for _ in 0..<(2 + Int(rng.next() % 3)) {
            let terms = randomTerms(&rng, n)
            let rhs = Int(rng.next() % 9) - 4
            let kind = rng.next() % 6
            let value: ([Int]) -> Int = { a in terms.reduce(0) { $0 + $1.0 * a[$1.1] } }
            switch kind {
            case 0:
                m.constraints.append(
                    (
                        { s, x in s.addLinear(terms.map { ($0.0, x[$0.1]) }, .lessOrEqual, rhs) },
                        { value($0) <= rhs }, "le"
                    ))
            case 1:
                m.constraints.append(
                    (
                        { s, x in s.addLinear(terms.map { ($0.0, x[$0.1]) }, .equal, rhs) },
                        { value($0) == rhs }, "eq"
                    ))
            case 2:
                m.constraints.append(
                    (
                        { s, x in s.addLinear(terms.map { ($0.0, x[$0.1]) }, .notEqual, rhs) },
                        { value($0) != rhs }, "ne"
                    ))
            case 3:
                m.constraints.append(
                    (
                        { s, x in
                            s.addLinear(terms.map { ($0.0, x[$0.1]) }, .lessOrEqual, rhs, reifiedBy: BoolVar(x[b]))
                        },
                        { ($0[b] == 1) == (value($0) <= rhs) }, "reif-le"
                    ))
            case 4:
                m.constraints.append(
                    (
                        { s, x in
                            s.addLinear(terms.map { ($0.0, x[$0.1]) }, .equal, rhs, reifiedBy: BoolVar(x[b]))
                        },
                        { ($0[b] == 1) == (value($0) == rhs) }, "reif-eq"
                    ))
            default:
                m.constraints.append(
                    (
                        { s, x in
                            s.addLinear(
                                terms.map { ($0.0, x[$0.1]) }, .greaterOrEqual, rhs, enforcedBy: BoolVar(x[b]).isFalse)
                        },
                        { $0[b] == 1 || value($0) >= rhs }, "half-ge"
                    ))
            }
        }
        m.objective = randomTerms(&rng, n + 1)
        return m
    }

    @Test(arguments: 0..<300 as Range<UInt64>)
    func solutionSetAgreesWithBruteForce(seed: UInt64) {
        let m = Self.model(seed: seed)
        let (solver, xs) = m.build(seed: seed)
        var found: [[Int]] = []
        let result = solver.solve(branching: .firstFail(xs)) { sol in found.append(xs.map { sol[$0] }) }
        let expected = m.solutions()
        #expect(Set(found) == Set(expected), "seed \(seed)")
        #expect(found.count == expected.count, "seed \(seed): duplicates")
        #expect(result.status == (expected.isEmpty ? .infeasible : .optimal), "seed \(seed)")
    }

    @Test(arguments: 0..<300 as Range<UInt64>)
    func optimumAgreesWithBruteForce(seed: UInt64) {
        let m = Self.model(seed: seed &+ 10_000)
        let (solver, xs) = m.build(seed: seed)
        let obj = solver.sum(m.objective.map { ($0.0, xs[$0.1]) })
        solver.minimize(obj)
        let value = [ValueChoice.smallest, .largest, .splitLower, .random][Int(seed % 4)]
        let result = solver.solve(branching: .firstFail(xs, value: value))
        let expected = m.solutions().map(m.objectiveValue).min()
        #expect(result.best?.objective == expected, "seed \(seed)")
        #expect(result.status == (expected == nil ? .infeasible : .optimal), "seed \(seed)")
    }

    /// Long weighted sums over Booleans and one small integer (plain and reified), searched in
    /// a random variable order, so that the incremental sums fix and un-fix many terms across
    /// backtracks.
    @Test(arguments: 0..<40 as Range<UInt64>)
    func longBooleanSumsAgreeWithBruteForce(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var m = RandomModel()
        m.domains = Array(repeating: [0, 1], count: 7) + [[-2, -1, 0, 1, 2]]
        for _ in 0..<2 {
            let terms = m.domains.indices.map { (Int(rng.next() % 7) - 3, $0) }
            let rhs = Int(rng.next() % 7) - 2
            let equal = rng.next() % 3 == 0
            m.constraints.append(
                (
                    { s, x in s.addLinear(terms.map { ($0.0, x[$0.1]) }, equal ? .equal : .lessOrEqual, rhs) },
                    { a in
                        let v = terms.reduce(0) { $0 + $1.0 * a[$1.1] }
                        return equal ? v == rhs : v <= rhs
                    }, "sum"
                ))
        }
        // One more sum, reified by the first Boolean (two half-reified propagators).
        let terms = m.domains.indices.dropFirst().map { (Int(rng.next() % 5) - 2, $0) }
        let rhs = Int(rng.next() % 5) - 2
        m.constraints.append(
            (
                { s, x in s.addLinear(terms.map { ($0.0, x[$0.1]) }, .lessOrEqual, rhs, reifiedBy: BoolVar(x[0])) },
                { a in (terms.reduce(0) { $0 + $1.0 * a[$1.1] } <= rhs) == (a[0] == 1) }, "reified sum"
            ))
        let (solver, xs) = m.build(seed: seed)
        var found: [[Int]] = []
        solver.solve(branching: .inOrder(xs.shuffled(using: &rng), value: .random)) { sol in
            found.append(xs.map { sol[$0] })
        }
        let expected = m.solutions()
        #expect(Set(found) == Set(expected), "seed \(seed)")
        #expect(found.count == expected.count, "seed \(seed): duplicates")
    }
}
