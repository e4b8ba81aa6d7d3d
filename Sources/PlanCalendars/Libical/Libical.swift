import CLibical
import Foundation

/// The one door to libical: every call into the C library runs inside ``Libical/run(_:)``.
///
/// libical keeps process-wide state (the built-in time zone cache, `icalerrno`, the error
/// mode) that is not safe to use from two threads at once. Serialising every use behind one
/// lock keeps all libical calls on one task at a time, whichever task asks.
enum Libical {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var configured = false

    /// Runs `body` with exclusive use of libical.
    static func run<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        if !configured {
            // Malformed input must come back as data (X-LIC-ERROR, icalerrno), never abort.
            icalerror_set_errors_are_fatal(0)
            configured = true
        }
        return try body()
    }

    /// Copies a buffer from one of libical's `_r` functions into a Swift string and frees it.
    static func takeString(_ buffer: UnsafeMutablePointer<CChar>?) -> String {
        guard let buffer else { return "" }
        defer { icalmemory_free_buffer(buffer) }
        return String(cString: buffer)
    }

    /// A borrowed C string (owned by libical) as a Swift string, nil when absent.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
