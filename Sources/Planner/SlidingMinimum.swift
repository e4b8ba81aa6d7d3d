/// The minimum of a window of (index, value) pairs that slides to higher indices, in
/// amortised constant time per step (a monotonic queue). Among equal values the earliest
/// index is the minimum.
struct SlidingMinimum {
    private var indices: [Int] = []
    private var values: [Int] = []
    private var head = 0

    /// - Parameter capacity: the most pairs ever pushed (storage is reserved once).
    init(capacity: Int) {
        indices.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Adds a pair whose index is above every index pushed before.
    mutating func push(_ index: Int, _ value: Int) {
        while values.count > head, values[values.count - 1] > value {
            indices.removeLast()
            values.removeLast()
        }
        indices.append(index)
        values.append(value)
    }

    /// Drops the pairs whose index is below `lowest`.
    mutating func dropBefore(_ lowest: Int) {
        while head < indices.count, indices[head] < lowest { head += 1 }
    }

    /// The earliest pair of least value in the window, or nil when it is empty.
    var minimum: (index: Int, value: Int)? {
        head < indices.count ? (indices[head], values[head]) : nil
    }
}
