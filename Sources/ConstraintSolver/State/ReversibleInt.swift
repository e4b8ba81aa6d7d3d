/// A handle on one reversible integer cell of a solver's ``Trail``.
///
/// Custom propagators and branchings use it for state that must be undone on backtrack
/// (a counter, a position in a sequence, a "postponed since" mark). The handle is a plain
/// index, so holding it creates no reference cycle.
public struct ReversibleInt: Hashable, Sendable {
    /// The cell index in the trail.
    public let cell: Int

    /// Wraps a cell index returned by ``Trail/allocate(_:)``.
    ///
    /// - Parameter cell: the cell index.
    public init(cell: Int) { self.cell = cell }
}
