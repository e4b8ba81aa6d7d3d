/// A handle on a Boolean decision variable: an ``IntVar`` with domain {0, 1}.
///
/// Use ``int`` wherever an integer is expected, e.g. as a term in a linear sum.
public struct BoolVar: Hashable, Sendable {
    /// The underlying 0/1 integer variable.
    public let int: IntVar

    /// Wraps a 0/1 integer variable. The caller guarantees the domain is within {0, 1}.
    ///
    /// - Parameter int: the variable.
    public init(_ int: IntVar) { self.int = int }

    /// The variable's index in its solver.
    public var index: Int { int.index }
}
