/// A small, fast, seedable random number generator (SplitMix64, Steele et al. 2014).
///
/// All randomness in the solver comes from an injected value of this type, so the same
/// seed replays the same search.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal state; exposed so a generator can be saved and resumed.
    public var state: UInt64

    /// Creates a generator from a seed.
    ///
    /// - Parameter seed: any 64-bit value; equal seeds give equal sequences.
    public init(seed: UInt64) { state = seed }

    /// Returns the next 64 random bits.
    ///
    /// - Returns: a uniformly distributed value.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Derives an independent generator, e.g. one per portfolio worker.
    ///
    /// - Parameter stream: the index of the derived stream.
    /// - Returns: a generator whose sequence does not overlap this one's in practice.
    public func derived(stream: UInt64) -> SplitMix64 {
        var copy = SplitMix64(seed: state ^ (stream &* 0xD1B5_4A32_D192_ED03))
        _ = copy.next()
        return copy
    }
}
