import ConstraintSolver
import Testing

@testable import Planner

/// The training-day programme's window minimum equals a scan of the window, ties included.
@Suite struct SlidingMinimumTests {
    @Test(arguments: [(1, 1), (1, 7), (7, 14), (3, 365)])
    func matchesAScanOfEveryWindow(minGap: Int, maxGap: Int) {
        var random = SplitMix64(seed: UInt64(minGap * 1000 + maxGap))
        let values = (0..<400).map { _ in Int(random.next() % 5) }
        var window = SlidingMinimum(capacity: values.count)
        for d in 0..<values.count {
            if d - minGap >= 0 { window.push(d - minGap, values[d - minGap]) }
            window.dropBefore(d - maxGap)
            let lo = max(0, d - maxGap)
            let hi = d - minGap
            var expected: (Int, Int)?
            if hi >= lo {
                for e in lo...hi where values[e] < (expected?.1 ?? .max) { expected = (e, values[e]) }
            }
            #expect(window.minimum?.index == expected?.0 && window.minimum?.value == expected?.1, "day \(d)")
        }
    }
}
