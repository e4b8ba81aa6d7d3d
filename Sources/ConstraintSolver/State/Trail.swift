/// Reversible integer storage with a trail, restored on backtrack.
///
/// Every reversible integer of a solver (domain bounds, sizes, bitset words, propagator
/// state, ``ReversibleInt`` cells) lives in one flat array owned by the trail. Writing a
/// cell records its old value once per level (a time stamp avoids recording it twice),
/// so ``popLevel()`` restores the state that held at the matching ``pushLevel()``.
///
/// This is MiniCP's `Trailer` with `StateInt`, flattened into arrays so that the hot
/// path does no allocation and no reference counting.
public final class Trail {
    @usableFromInline @exclusivity(unchecked) var values: [Int] = []
    /// The ``magic`` of the level at which each cell last recorded its old value.
    @usableFromInline @exclusivity(unchecked) var stamps: [UInt64] = []
    @usableFromInline @exclusivity(unchecked) var entryCell: [Int32] = []
    @usableFromInline @exclusivity(unchecked) var entryValue: [Int] = []
    @usableFromInline @exclusivity(unchecked) var levelStarts: [Int] = []
    /// Changes at every push and pop, so a stamp equal to it means "recorded at this level".
    /// 64 bits, as MiniCP's `long magic`: 32 bits wrap after about 1.7 h of search at 700 000
    /// levels a second, and a stale stamp equal to a wrapped magic would skip a recording.
    @usableFromInline @exclusivity(unchecked) var magic: UInt64 = 1

    /// Creates an empty trail at level 0.
    public init() {}

    /// The number of levels currently pushed (0 at the root).
    public var level: Int { levelStarts.count }

    /// Allocates a new reversible cell holding `initial`.
    ///
    /// - Parameter initial: the value the cell holds at every level.
    /// - Returns: the index of the new cell.
    /// - Complexity: amortised O(1).
    @inlinable
    public func allocate(_ initial: Int) -> Int {
        values.append(initial)
        stamps.append(0)
        return values.count - 1
    }

    /// Reads a cell.
    ///
    /// - Parameter cell: a cell index returned by ``allocate(_:)``.
    /// - Returns: the current value.
    /// - Complexity: O(1).
    @inlinable
    public subscript(cell: Int) -> Int {
        get { values[cell] }
        set { set(cell, newValue) }
    }

    /// Writes a cell, recording its old value the first time it changes at this level.
    ///
    /// - Parameters:
    ///   - cell: a cell index returned by ``allocate(_:)``.
    ///   - value: the new value.
    /// - Complexity: amortised O(1).
    @inlinable
    public func set(_ cell: Int, _ value: Int) {
        if stamps[cell] != magic {
            stamps[cell] = magic
            entryCell.append(Int32(truncatingIfNeeded: cell))
            entryValue.append(values[cell])
        }
        values[cell] = value
    }

    /// Saves the current state; the matching ``popLevel()`` restores it.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func pushLevel() {
        levelStarts.append(entryCell.count)
        magic &+= 1
    }

    /// Restores the state saved by the last ``pushLevel()``.
    ///
    /// - Complexity: O(number of cells written since that level).
    @inlinable
    public func popLevel() {
        let start = levelStarts.removeLast()
        var i = entryCell.count - 1
        while i >= start {
            values[Int(entryCell[i])] = entryValue[i]
            i -= 1
        }
        entryCell.removeSubrange(start...)
        entryValue.removeSubrange(start...)
        magic &+= 1
    }

    /// Runs `body` in a new level and restores the state that held before, however `body`
    /// ends: the save and restore around one search frame.
    ///
    /// - Parameter body: the work whose trailed changes are undone afterwards.
    /// - Returns: what `body` returns.
    /// - Complexity: O(1) plus `body` plus the undoing of its changes.
    @inlinable
    public func withSavedState<Result>(_ body: () throws -> Result) rethrows -> Result {
        let saved = level
        pushLevel()
        defer { popTo(level: saved) }
        return try body()
    }

    /// Pops levels until ``level`` equals `target`.
    ///
    /// - Parameter target: the level to return to; must not exceed the current level.
    /// - Complexity: O(number of cells written since that level).
    public func popTo(level target: Int) {
        precondition(target <= level, "cannot pop to a deeper level")
        while level > target { popLevel() }
    }
}
