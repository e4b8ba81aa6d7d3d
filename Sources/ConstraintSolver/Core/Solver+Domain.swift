/// Domain queries and domain operations.
///
/// A domain is an interval [min, max] in reversible cells plus, once a value inside the
/// interval is removed, a reversible bitset (one cell per 64 values of the original
/// range). Bound changes cost O(1) while no hole exists, O(removed/64) afterwards.
extension Solver {
    // MARK: Queries

    /// The smallest value in the domain of `x`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func min(_ x: IntVar) -> Int { trail.values[vars[x.index].cell] }

    /// The largest value in the domain of `x`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func max(_ x: IntVar) -> Int { trail.values[vars[x.index].cell + 1] }

    /// The number of values in the domain of `x`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func size(_ x: IntVar) -> Int { trail.values[vars[x.index].cell + 2] }

    /// Whether the domain of `x` is a single value.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func isFixed(_ x: IntVar) -> Bool { size(x) == 1 }

    /// The value of a fixed variable.
    ///
    /// - Parameter x: a variable; must be fixed.
    /// - Returns: its only value.
    /// - Complexity: O(1).
    public func value(_ x: IntVar) -> Int {
        precondition(isFixed(x), "value(_:) of an unfixed variable")
        return min(x)
    }

    /// Whether `v` is in the domain of `x`.
    ///
    /// - Complexity: O(1).
    public func contains(_ x: IntVar, _ v: Int) -> Bool {
        let d = vars[x.index]
        guard v >= trail.values[d.cell], v <= trail.values[d.cell + 1] else { return false }
        return d.bitsBase < 0 || bit(d, v)
    }

    /// The values of the domain of `x`, in increasing order.
    ///
    /// - Complexity: O(max - min) when the domain has holes, O(size) otherwise.
    public func values(_ x: IntVar) -> [Int] {
        let d = vars[x.index]
        let lo = trail.values[d.cell]
        let hi = trail.values[d.cell + 1]
        if d.bitsBase < 0 { return Array(lo...hi) }
        var result: [Int] = []
        result.reserveCapacity(trail.values[d.cell + 2])
        for v in lo...hi where bit(d, v) { result.append(v) }
        return result
    }

    /// The smallest value of the domain of `x` greater than `v`, if any.
    ///
    /// - Complexity: O((result - v) / 64).
    public func nextValue(_ x: IntVar, after v: Int) -> Int? {
        let d = vars[x.index]
        let lo = trail.values[d.cell]
        let hi = trail.values[d.cell + 1]
        if v >= hi { return nil }
        let from = Swift.max(v + 1, lo)
        return d.bitsBase < 0 ? from : nextSet(d, from: from)
    }

    /// The value of a Boolean variable, or `nil` while it is unfixed.
    ///
    /// - Complexity: O(1).
    public func value(_ b: BoolVar) -> Bool? {
        isFixed(b.int) ? min(b.int) != 0 : nil
    }

    // MARK: Operations

    /// Removes every value below `v` from the domain of `x`.
    ///
    /// - Throws: ``Inconsistency`` if the domain becomes empty.
    /// - Complexity: O(1) for interval domains, O(removed / 64) with holes.
    public func setMin(_ x: IntVar, _ v: Int) throws(Inconsistency) {
        let d = vars[x.index]
        let lo = trail.values[d.cell]
        if v <= lo { return }
        let hi = trail.values[d.cell + 1]
        if v > hi { throw Inconsistency() }
        var newMin = v
        if d.bitsBase < 0 {
            trail.set(d.cell + 2, hi - v + 1)
        } else {
            newMin = nextSet(d, from: v)
            trail.set(d.cell + 2, trail.values[d.cell + 2] - countSet(d, lo, newMin - 1))
        }
        trail.set(d.cell, newMin)
        notify(x.index, kind: newMin == hi ? 0 : 1)
    }

    /// Removes every value above `v` from the domain of `x`.
    ///
    /// - Throws: ``Inconsistency`` if the domain becomes empty.
    /// - Complexity: O(1) for interval domains, O(removed / 64) with holes.
    public func setMax(_ x: IntVar, _ v: Int) throws(Inconsistency) {
        let d = vars[x.index]
        let hi = trail.values[d.cell + 1]
        if v >= hi { return }
        let lo = trail.values[d.cell]
        if v < lo { throw Inconsistency() }
        var newMax = v
        if d.bitsBase < 0 {
            trail.set(d.cell + 2, v - lo + 1)
        } else {
            newMax = previousSet(d, from: v)
            trail.set(d.cell + 2, trail.values[d.cell + 2] - countSet(d, newMax + 1, hi))
        }
        trail.set(d.cell + 1, newMax)
        notify(x.index, kind: newMax == lo ? 0 : 1)
    }

    /// Reduces the domain of `x` to the single value `v`.
    ///
    /// - Throws: ``Inconsistency`` if `v` is not in the domain.
    /// - Complexity: O(1).
    public func assign(_ x: IntVar, _ v: Int) throws(Inconsistency) {
        guard contains(x, v) else { throw Inconsistency() }
        let d = vars[x.index]
        if trail.values[d.cell + 2] == 1 { return }
        trail.set(d.cell, v)
        trail.set(d.cell + 1, v)
        trail.set(d.cell + 2, 1)
        notify(x.index, kind: 0)
    }

    /// Removes the value `v` from the domain of `x`.
    ///
    /// - Throws: ``Inconsistency`` if the domain becomes empty.
    /// - Complexity: O(1), plus a one-off O(range / 64) when the first hole is made.
    public func remove(_ x: IntVar, _ v: Int) throws(Inconsistency) {
        var d = vars[x.index]
        let lo = trail.values[d.cell]
        let hi = trail.values[d.cell + 1]
        if v < lo || v > hi { return }
        if v == lo {
            try setMin(x, v + 1)
            return
        }
        if v == hi {
            try setMax(x, v - 1)
            return
        }
        if d.bitsBase < 0 {
            let words = (d.originalMax - d.originalMin) / 64 + 1
            d.bitsBase = trail.values.count
            for _ in 0..<words { _ = trail.allocate(-1) }
            vars[x.index].bitsBase = d.bitsBase
        } else if !bit(d, v) {
            return
        }
        let offset = v - d.originalMin
        let cell = d.bitsBase + offset >> 6
        trail.set(cell, trail.values[cell] & ~(1 << (offset & 63)))
        trail.set(d.cell + 2, trail.values[d.cell + 2] - 1)
        notify(x.index, kind: 2)
    }

    /// Fixes a Boolean variable.
    ///
    /// - Throws: ``Inconsistency`` if the opposite value is forced.
    /// - Complexity: O(1).
    public func assign(_ b: BoolVar, _ value: Bool) throws(Inconsistency) {
        try assign(b.int, value ? 1 : 0)
    }

    // MARK: Bitset helpers

    @inline(__always)
    func bit(_ d: VarData, _ v: Int) -> Bool {
        let offset = v - d.originalMin
        return trail.values[d.bitsBase + offset >> 6] & (1 << (offset & 63)) != 0
    }

    /// Smallest present value ≥ `v`; the caller guarantees one exists (the maximum).
    func nextSet(_ d: VarData, from v: Int) -> Int {
        var offset = v - d.originalMin
        var w = offset >> 6
        var word = UInt(bitPattern: trail.values[d.bitsBase + w]) >> UInt(offset & 63)
        if word != 0 { return v + word.trailingZeroBitCount }
        while true {
            w += 1
            word = UInt(bitPattern: trail.values[d.bitsBase + w])
            if word != 0 {
                offset = w * 64 + word.trailingZeroBitCount
                return d.originalMin + offset
            }
        }
    }

    /// Largest present value ≤ `v`; the caller guarantees one exists (the minimum).
    func previousSet(_ d: VarData, from v: Int) -> Int {
        let offset = v - d.originalMin
        var w = offset >> 6
        let shift = 63 - (offset & 63)
        var word = UInt(bitPattern: trail.values[d.bitsBase + w]) << UInt(shift)
        if word != 0 { return v - word.leadingZeroBitCount }
        while true {
            w -= 1
            word = UInt(bitPattern: trail.values[d.bitsBase + w])
            if word != 0 { return d.originalMin + w * 64 + 63 - word.leadingZeroBitCount }
        }
    }

    /// Number of present values in [a, b].
    func countSet(_ d: VarData, _ a: Int, _ b: Int) -> Int {
        if a > b { return 0 }
        let oa = a - d.originalMin
        let ob = b - d.originalMin
        let wa = oa >> 6
        let wb = ob >> 6
        var count = 0
        for w in wa...wb {
            var word = UInt(bitPattern: trail.values[d.bitsBase + w])
            if w == wa { word &= ~0 << UInt(oa & 63) }
            if w == wb && (ob & 63) != 63 { word &= (1 << UInt((ob & 63) + 1)) - 1 }
            count += word.nonzeroBitCount
        }
        return count
    }
}
