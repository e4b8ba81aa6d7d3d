/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose whole state is
/// one `UInt64`, so a seed replays a synthetic scenario exactly on every platform.
///
/// Deliberately not `SystemRandomNumberGenerator` and not Foundation's random: those
/// cannot be seeded.
struct GeneratorRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, by multiply-shift (no modulo bias worth mentioning at these sizes,
    /// and, unlike `Int.random(in:using:)`, the same sequence on every standard-library version).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        let high = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(high)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform value in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// An index chosen with probability proportional to `weights` (all non-negative, not all zero).
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// `count` distinct indices of `0..<n`, in increasing order.
    mutating func sample(_ count: Int, of n: Int) -> [Int] {
        var pool = Array(0..<n)
        for i in 0..<min(count, n) {
            pool.swapAt(i, int(in: i...(n - 1)))
        }
        return pool.prefix(min(count, n)).sorted()
    }
}
