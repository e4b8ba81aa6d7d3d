import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A child process of the tests, started with `posix_spawn` instead of Foundation's `Process`.
///
/// On Linux `Process.run()` lists `/proc/self/fd` with a read past glibc's buffer and now and
/// then crashes the whole test process when many descriptors are open (swift-corelibs-foundation
/// #5472, Swift 6.3.1); CI lost a full run to it. The child here gets standard input from
/// `/dev/null`, its output in files or `/dev/null` (no pipe that could fill up or leak into
/// another test's child), and no other descriptor of the test process.
///
/// ```swift
/// let child = try SpawnedProcess("/bin/sleep", ["5"])
/// child.send(SIGTERM)
/// #expect(child.waitUntilExit() == .signal(SIGTERM))
/// ```
public final class SpawnedProcess: Sendable {
    /// Where the child's standard output or error goes.
    public enum Destination: Sendable {
        /// `/dev/null`.
        case null
        /// A file, created or emptied.
        case file(URL)
        /// The same place as standard output (for standard error only).
        case standardOutput
    }

    /// How the child ended.
    public enum Termination: Sendable, Equatable {
        case exit(Int32)
        case signal(Int32)

        /// The exit status, or the number of the signal that ended the child (as `Process`
        /// reports `terminationStatus`).
        public var code: Int32 {
            switch self {
            case .exit(let status), .signal(let status): status
            }
        }
    }

    /// The child's process id.
    public let pid: pid_t
    private let ended = Mutex<Termination?>(nil)

    /// Starts `executable` with `arguments` in `directory` (the test process's own when nil)
    /// with the test process's environment.
    ///
    /// - Throws: ``SpawnError`` when the child cannot be started.
    public init(
        _ executable: String, _ arguments: [String], in directory: URL? = nil,
        standardOutput: Destination = .null, standardError: Destination = .null
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let directory {
            let changed = SpawnActions.changeDirectory(&actions, directory.path)
            guard changed == 0 else { throw SpawnError("cannot start \(executable) in \(directory.path)", changed) }
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (descriptor, destination) in [(Int32(1), standardOutput), (2, standardError)] {
            switch destination {
            case .null:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            case .file(let url):
                posix_spawn_file_actions_addopen(&actions, descriptor, url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .standardOutput:
                posix_spawn_file_actions_adddup2(&actions, 1, descriptor)
            }
        }
        _ = SpawnActions.closeFrom(&actions, 3)
        // Signals as in a fresh process: none blocked (the test runner's thread may block
        // some), each with its default action.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { for pointer in argv + environment { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard spawned == 0 else { throw SpawnError("cannot start \(executable)", spawned) }
        self.pid = pid
    }

    /// Whether the child still runs (reaps it when it has ended).
    public var isRunning: Bool { reap() == nil }

    /// Waits until the child has ended.
    @discardableResult
    public func waitUntilExit() -> Termination {
        while true {
            if let termination = reap() { return termination }
            usleep(10_000)
        }
    }

    /// Waits up to `timeout` seconds; nil when the child still runs then.
    public func waitUntilExit(timeout: Double) -> Termination? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let termination = reap() { return termination }
            usleep(10_000)
        }
        return reap()
    }

    /// Sends `signal` unless the child has ended (its id may belong to another process then).
    public func send(_ signal: Int32) {
        ended.withLock { termination in
            if termination == nil { _ = kill(pid, signal) }
        }
    }

    /// Sends `signal`, waits up to `grace` seconds for the child to end, then kills it
    /// (SIGKILL); returns once it has ended.
    @discardableResult
    public func end(signal: Int32, grace: Double) -> Termination {
        send(signal)
        if let termination = waitUntilExit(timeout: grace) { return termination }
        send(SIGKILL)
        return waitUntilExit()
    }

    /// The child's termination once it has ended, reaping it the first time (`waitpid` without
    /// waiting, under the lock, so a child is reaped once and never signalled after).
    private func reap() -> Termination? {
        ended.withLock { termination in
            if let termination { return termination }
            var status: Int32 = 0
            var reaped: pid_t
            repeat { reaped = waitpid(pid, &status, WNOHANG) } while reaped == -1 && errno == EINTR
            guard reaped == pid else { return nil }
            let signal = status & 0x7f
            termination = signal == 0 ? .exit((status >> 8) & 0xff) : .signal(signal)
            return termination
        }
    }
}

/// Why the tests could not start a child process or get what it needs (a free port).
public struct SpawnError: Error, CustomStringConvertible {
    public let description: String

    init(_ problem: String, _ code: Int32) {
        description = "\(problem): \(String(cString: strerror(code)))"
    }
}

/// glibc's `posix_spawn_file_actions_addchdir_np` and `…_addclosefrom_np` (2.29 and 2.34),
/// declared only under `_GNU_SOURCE`, which Swift's Glibc module does not define.
private enum SpawnActions {
    typealias ChangeDirectory =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    static let changeDirectory = unsafeBitCast(symbol("posix_spawn_file_actions_addchdir_np"), to: ChangeDirectory.self)
    static let closeFrom = unsafeBitCast(symbol("posix_spawn_file_actions_addclosefrom_np"), to: CloseFrom.self)

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
        guard let address = dlsym(dlopen(nil, RTLD_NOW), name) else {
            fatalError("\(name) is missing: the tests need glibc 2.34 or later")
        }
        return address
    }
}
