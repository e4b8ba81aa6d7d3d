/// The failure budget of each run of a restarted search.
public enum RestartPolicy: Sendable, Equatable {
    /// Luby sequence (1, 1, 2, 1, 1, 2, 4, …) times `scale` failures.
    case luby(scale: Int)
    /// `base`, `base·factor`, `base·factor²`, … failures.
    case geometric(base: Int, factor: Double)

    /// The failure budget of run `run` (1-based).
    ///
    /// - Parameter run: the run number, from 1.
    /// - Returns: a positive number of failures.
    public func budget(ofRun run: Int) -> Int {
        switch self {
        case .luby(let scale): return scale * RestartPolicy.luby(run)
        case .geometric(let base, let factor):
            var b = Double(base)
            for _ in 1..<Swift.max(run, 1) { b *= factor }
            return Swift.max(1, Int(Swift.min(b, 1e15)))
        }
    }

    /// The `i`-th term (1-based) of the Luby sequence.
    static func luby(_ i: Int) -> Int {
        var k = 1
        while (1 << k) - 1 < i { k += 1 }
        if (1 << k) - 1 == i { return 1 << (k - 1) }
        return luby(i - (1 << (k - 1)) + 1)
    }
}
