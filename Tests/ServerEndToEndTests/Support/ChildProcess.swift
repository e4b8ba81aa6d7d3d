import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ending processes a test started, without waiting forever for one that ignores a signal.
enum ChildProcess {
    /// Sends `signal` to `process`, waits up to `grace` seconds for it to end, then kills it
    /// (SIGKILL); returns once it has ended.
    static func end(_ process: Process, signal: Int32, grace: Double) {
        guard process.isRunning else { return }
        send(signal, to: process.processIdentifier)
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { send(SIGKILL, to: process.processIdentifier) }
        process.waitUntilExit()
    }

    /// Kills the browser `pid` (one the test did not start itself, such as the browser that
    /// chromedriver started) when it still runs, and only when its command line still holds
    /// `marker` (its own profile folder): a browser that has ended may have left its number to
    /// another process (a PostgreSQL backend of a parallel test, say), which must live.
    static func killBrowser(pid: Int32, marker: String) {
        guard pid > 0, let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
            String(decoding: command, as: UTF8.self).contains(marker)
        else { return }
        send(SIGKILL, to: pid)
    }

    private static func send(_ signal: Int32, to pid: Int32) {
        #if canImport(Glibc)
            _ = Glibc.kill(pid, signal)
        #elseif canImport(Darwin)
            _ = Darwin.kill(pid, signal)
        #endif
    }
}
