import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, handled so that an interrupted run never leaves a mixed or
/// half-written output folder.
///
/// While nothing is being written (loading, solving), a signal ends the process at once with
/// 128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM): the earlier outputs were never
/// touched. While outputs are written, ``deferring(_:)`` holds the signal back: the writer
/// asks ``checkpoint()`` between files and stops cleanly, removing its temporaries, and the
/// few renames that switch the outputs over are never cut in half.
final class Interruption: @unchecked Sendable {
    /// The process's one instance.
    static let shared = Interruption()

    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []
    private var deferDepth = 0
    private var pending: Int32?

    private init() {}

    /// Takes over SIGINT and SIGTERM (call once, first thing in `main`).
    func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in self.received(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `body` with signals held back; a signal that arrives meanwhile is reported by
    /// ``checkpoint()`` inside `body` and by the one after it.
    ///
    /// - Throws: what `body` throws, or ``Interrupted`` when a signal arrived during `body`
    ///   and `body` finished anyway (it had already switched the outputs over).
    func deferring<T>(_ body: () throws -> T) throws -> T {
        lock.withLock { deferDepth += 1 }
        defer { lock.withLock { deferDepth -= 1 } }
        let result = try body()
        if let signal = lock.withLock({ pending }) {
            throw Interrupted(signal: signal, outputsReplaced: true)
        }
        return result
    }

    /// Throws ``Interrupted`` when a signal has arrived; the caller undoes its work first.
    func checkpoint() throws(Interrupted) {
        if let signal = lock.withLock({ pending }) {
            throw Interrupted(signal: signal, outputsReplaced: false)
        }
    }

    private func received(_ number: Int32) {
        let exitNow = lock.withLock {
            if pending == nil { pending = number }
            return deferDepth == 0
        }
        guard exitNow else { return }
        let interrupted = Interrupted(signal: number, outputsReplaced: false)
        StandardError.write("\nstime-planner: \(interrupted.description)")
        exit(interrupted.exitCode)
    }
}
