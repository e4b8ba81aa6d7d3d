import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `stime-planner` executable, found next to the test bundle (the CLI and
/// end-to-end tests).
public enum PlannerBinary {
    /// The result of one run.
    public struct Run: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String

        public init(status: Int32, standardOutput: String, standardError: String) {
            self.status = status
            self.standardOutput = standardOutput
            self.standardError = standardError
        }
    }

    /// The executable: beside the test bundle (`.build/debug/`), else in the package's `.build/debug/`.
    public static let url: URL? = {
        var candidates = [
            Bundle.main.bundleURL.appendingPathComponent("stime-planner"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "stime-planner"),
        ]
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/stime-planner"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the executable with `arguments` in `directory` (standard input `/dev/null`) and
    /// waits for it.
    ///
    /// Spawned with `posix_spawn`, not Foundation's `Process`: on Linux `Process.run()` scans
    /// `/proc/self/fd` with a read past glibc's buffer that crashes the test process now and
    /// then when many descriptors are open (swift-corelibs-foundation #5472, Swift 6.3.1).
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        guard let url else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build stime-planner first"])
        }
        var output: [Int32] = [-1, -1]
        var error: [Int32] = [-1, -1]
        guard pipe(&output) == 0, pipe(&error) == 0 else { throw posixError() }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        // Nothing else of the test process stays open in the child (as Process does it, but
        // listing the descriptors with FileManager).
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        // In `directory` through coreutils' `env -C` (glibc's spawn chdir is not visible to Swift).
        let command = directory.map { ["/usr/bin/env", "-C", $0.path, url.path] } ?? [url.path]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { for pointer in argv + environment { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environment)
        close(output[1])
        close(error[1])
        let standardOutput = FileHandle(fileDescriptor: output[0], closeOnDealloc: true)
        let standardError = FileHandle(fileDescriptor: error[0], closeOnDealloc: true)
        guard spawned == 0 else { throw posixError(spawned) }
        let outData = standardOutput.readDataToEndOfFile()
        let errData = standardError.readDataToEndOfFile()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // As Process reports it: the exit status, or the signal that ended the run.
        let signal = status & 0x7f
        return Run(
            status: signal == 0 ? (status >> 8) & 0xff : signal,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    private static func posixError(_ code: Int32 = errno) -> Error {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stime-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
