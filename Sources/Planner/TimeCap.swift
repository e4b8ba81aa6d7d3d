/// The optional wall-clock safety cap of one solve, and whether it ever cut the work short.
///
/// Every stage asks it before going on; a stage that stops because of it (instead of its
/// work budget) records that, so the caller can say the run is not reproducible.
final class TimeCap {
    /// The cap in seconds from the start, or nil for none.
    let seconds: Double?
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    /// Whether the cap stopped some work.
    private(set) var wasReached = false

    init(seconds: Double?) {
        self.seconds = seconds
        started = clock.now
    }

    /// Seconds since the solve started.
    func elapsed() -> Double {
        let d = clock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Seconds left before the cap (nil without one).
    var secondsLeft: Double? { seconds.map { $0 - elapsed() } }

    /// Whether `limit` seconds from the start have passed; when they have, the cap is
    /// recorded as having stopped the caller's work.
    func stops(at limit: Double?) -> Bool {
        guard let limit, elapsed() >= limit else { return false }
        wasReached = true
        return true
    }

    /// Records that work was cut or skipped because of the cap.
    func recordReached() { wasReached = true }
}
