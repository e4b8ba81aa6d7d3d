/// One alternative of a branching decision, e.g. `x = 3` or `x ≠ 3`.
///
/// A struct around the closure rather than a bare closure: typed-throws closure literals
/// written directly in an array literal crash this toolchain (Swift 6.3.1, Linux).
public struct Branch {
    /// Applies the decision by domain operations; propagation follows automatically.
    public let run: () throws(Inconsistency) -> Void

    /// Wraps a decision.
    ///
    /// - Parameter run: the decision; throw ``Inconsistency`` to fail it.
    public init(_ run: @escaping () throws(Inconsistency) -> Void) {
        self.run = run
    }
}
