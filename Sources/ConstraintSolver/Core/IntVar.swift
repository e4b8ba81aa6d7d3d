/// A handle on an integer decision variable of one ``Solver``.
///
/// The handle is an index; the domain lives in the solver. Query it with
/// ``Solver/min(_:)``, ``Solver/max(_:)``, ``Solver/value(_:)`` and read solutions with
/// ``Solution/subscript(_:)-(IntVar)``.
public struct IntVar: Hashable, Sendable, Comparable {
    /// The variable's index in its solver; also its index in ``Solution/values``.
    public let index: Int

    /// Wraps an index returned by the solver. Not for general use.
    ///
    /// - Parameter index: the variable index.
    public init(index: Int) { self.index = index }

    /// Orders variables by creation.
    public static func < (a: IntVar, b: IntVar) -> Bool { a.index < b.index }
}
