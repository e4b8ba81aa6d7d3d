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
final class ServerProcess: Sendable {
    /// `http://127.0.0.1:PORT`.
    let baseURL: URL
    let port: Int
    /// The `--data` folder.
    let data: URL
    private let process: SpawnedProcess

    private init(process: SpawnedProcess, port: Int, data: URL) {
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
        let logs = data.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let process = try SpawnedProcess(
            binary.path, ["serve", "--data", data.path, "--host", "127.0.0.1", "--port", String(port)],
            standardOutput: .file(logs.appendingPathComponent("serve-\(port).out")),
            standardError: .file(logs.appendingPathComponent("serve-\(port).err")))
        let server = ServerProcess(process: process, port: port, data: data)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard process.isRunning else {
                throw HarnessError("stime-planner serve exited with \(process.waitUntilExit()): \(server.errorLog())")
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
        process.end(signal: signal, grace: 20)
    }

    /// Stops the server gracefully (SIGTERM) and waits for it.
    func stop() { send(SIGTERM) }

    /// What the server wrote on standard error (its log).
    func errorLog() -> String {
        let file = data.deletingLastPathComponent().appendingPathComponent("serve-\(port).err")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}

/// Why the harness could not do what a test asked.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
