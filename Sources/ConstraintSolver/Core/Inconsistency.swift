/// The failure of propagation: some domain became empty.
///
/// Thrown with typed throws (`throws(Inconsistency)`) by domain operations, propagators
/// and branches; the search catches it and backtracks. It carries no payload so that
/// failing is as cheap as returning.
public struct Inconsistency: Error, Sendable, Equatable {
    /// Creates the failure value.
    public init() {}
}
