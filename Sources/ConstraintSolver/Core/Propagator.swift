/// A constraint's filtering algorithm, scheduled by the solver until a fixpoint.
///
/// Subclass it for custom constraints: in ``post(in:)`` register for domain events with
/// ``Solver/watch(_:on:by:)`` and do the initial filtering; in ``propagate(in:)`` filter
/// domains through the solver's domain operations, which throw ``Inconsistency`` on a
/// wipe-out; in ``isSatisfied(by:)`` check a complete assignment (used by the invariant
/// check after every solution).
///
/// Ownership: the solver owns its propagators; a propagator keeps variable handles
/// (indices), never a reference to the solver, so there is no cycle.
open class Propagator {
    /// The propagator's index in its solver, set by ``Solver/add(_:)``.
    public internal(set) var id: Int = -1

    /// Creates an unposted propagator.
    public init() {}

    /// Registers watches and filters once.
    ///
    /// The default calls ``propagate(in:)``; override to register watches first, then
    /// call `super.post(in:)` or filter directly.
    ///
    /// - Parameter solver: the solver the propagator is added to.
    /// - Throws: ``Inconsistency`` if the constraint cannot hold at the root.
    open func post(in solver: Solver) throws(Inconsistency) {
        try propagate(in: solver)
    }

    /// Removes values that cannot be part of any solution of this constraint.
    ///
    /// - Parameter solver: the solver owning the domains.
    /// - Throws: ``Inconsistency`` when a domain becomes empty or the constraint is violated.
    open func propagate(in solver: Solver) throws(Inconsistency) {}

    /// Checks the constraint on a complete assignment.
    ///
    /// - Parameter solution: values for every variable.
    /// - Returns: whether the constraint holds.
    open func isSatisfied(by solution: Solution) -> Bool { true }

    /// A short name used in invariant-check failures.
    open var name: String { String(describing: type(of: self)) }
}
