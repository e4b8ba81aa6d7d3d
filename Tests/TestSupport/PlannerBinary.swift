import Foundation

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
    /// waits for it (a ``SpawnedProcess``; its output goes through files, so a large standard
    /// error cannot block a child whose standard output is not read yet).
    public static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        guard let url else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build stime-planner first"])
        }
        let outputs = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: outputs) }
        let standardOutput = outputs.appendingPathComponent("stdout")
        let standardError = outputs.appendingPathComponent("stderr")
        let child = try SpawnedProcess(
            url.path, arguments, in: directory, standardOutput: .file(standardOutput),
            standardError: .file(standardError))
        let termination = child.waitUntilExit()
        return Run(
            status: termination.code,
            standardOutput: String(decoding: try Data(contentsOf: standardOutput), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: standardError), as: UTF8.self))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stime-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
