/// A task of fixed duration with a variable start, optionally optional.
///
/// Scheduling constraints (``Solver/addNoOverlap(_:)``, ``Solver/addCumulative(_:demands:capacity:)``)
/// take intervals. An optional interval has a ``presence`` literal: when it is 0 the task
/// is ignored by those constraints and its start is unconstrained by them.
public struct IntervalVar: Hashable, Sendable {
    /// The start time.
    public let start: IntVar
    /// The fixed, non-negative duration.
    public let duration: Int
    /// The presence literal, or `nil` when the interval is always present.
    public let presence: BoolVar?

    /// Creates an interval from an existing start variable.
    ///
    /// - Parameters:
    ///   - start: the start time variable.
    ///   - duration: the duration, at least 0.
    ///   - presence: `nil` for a mandatory interval.
    public init(start: IntVar, duration: Int, presence: BoolVar? = nil) {
        precondition(duration >= 0, "durations are non-negative")
        self.start = start
        self.duration = duration
        self.presence = presence
    }
}
