import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real `stime-planner serve` process on loopback, on its own data folder and a free port,
/// for tests that need sockets, signals and a browser. Its output goes to files in the data
/// folder's parent (a pipe nobody reads would stop the server once full).
///
/// ```swift
/// let server = try await ServerProcess.start(data: folder)
/// defer { server.stop() }
/// let lead = try server.createToken(["--role", "lead"])
/// ```
final class ServerProcess: @unchecked Sendable {
    /// `http://127.0.0.1:PORT`.
    let baseURL: URL
    let port: Int
    /// The `--data` folder.
    let data: URL
    private let process: Process

    private init(process: Process, port: Int, data: URL) {
        self.process = process
        self.port = port
        self.data = data
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Starts `stime-planner serve --data DATA --port P` (P free, 127.0.0.1) and waits until
    /// `/healthz` answers 200. Tests publish ``SmallPlan`` in DATA first: a first start on an
    /// empty folder plans the embedded default scenario, which is slow in a debug build.
    ///
    /// - Throws: ``HarnessError`` when the binary is not built, the server exits, or it is not
    ///   ready within `timeout` seconds.
    static func start(data: URL, timeout: Double = 300) async throws -> ServerProcess {
        guard let binary = PlannerBinary.url else {
            throw HarnessError("stime-planner is not built (swift build --build-tests builds it)")
        }
        let port = try FreePort.next()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--data", data.path, "--host", "127.0.0.1", "--port", String(port)]
        let logs = data.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        process.standardOutput = try Self.logFile(logs.appendingPathComponent("serve-\(port).out"))
        process.standardError = try Self.logFile(logs.appendingPathComponent("serve-\(port).err"))
        try process.run()
        let server = ServerProcess(process: process, port: port, data: data)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard process.isRunning else {
                throw HarnessError("stime-planner serve exited with \(process.terminationStatus): \(server.errorLog())")
            }
            if let answer = try? await HTTP.get(server.url("/healthz"), timeout: 2), answer.status == 200 {
                return server
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.send(SIGKILL)
        throw HarnessError("stime-planner serve did not answer /healthz within \(Int(timeout)) s")
    }

    /// `path` (with its query) on this server.
    func url(_ path: String) -> URL { URL(string: baseURL.absoluteString + path)! }

    /// Runs `stime-planner token create --data DATA ARGUMENTS` and returns the token it prints.
    func createToken(_ arguments: [String]) throws -> String {
        let run = try PlannerBinary.run(["token", "create", "--data", data.path] + arguments)
        guard run.status == 0 else { throw HarnessError("token create failed: \(run.standardError)") }
        return run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends `signal` (SIGKILL, SIGTERM) and waits until the process has ended (SIGKILL after
    /// 20 seconds).
    func send(_ signal: Int32) {
        ChildProcess.end(process, signal: signal, grace: 20)
    }

    /// Stops the server gracefully (SIGTERM) and waits for it.
    func stop() { send(SIGTERM) }

    /// What the server wrote on standard error (its log).
    func errorLog() -> String {
        let file = data.deletingLastPathComponent().appendingPathComponent("serve-\(port).err")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    private static func logFile(_ url: URL) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw HarnessError("cannot create \(url.path)")
        }
        return try FileHandle(forWritingTo: url)
    }
}

/// Why the harness could not do what a test asked.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A TCP port nobody listens on now: the kernel's choice for a socket bound to port 0.
enum FreePort {
    static func next() throws -> Int {
        #if canImport(Glibc)
            let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw HarnessError("no socket for finding a free port") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) }
        }
        guard bound == 0 else { throw HarnessError("cannot bind a socket on 127.0.0.1") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        guard named == 0 else { throw HarnessError("cannot read the socket's port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
