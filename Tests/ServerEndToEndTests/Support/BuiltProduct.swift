import Foundation

/// The built `stime-planner` executable, found as the CLI tests find it: beside the test
/// bundle, else in the package's `.build/debug/`.
enum BuiltProduct {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The executable's URL.
    ///
    /// - Throws: ``HarnessError`` when it is not built.
    static func plannerURL() throws -> URL {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("stime-planner"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("stime-planner"),
            package.appendingPathComponent(".build/debug/stime-planner"),
        ]
        guard let url = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw HarnessError("stime-planner is not built (swift build --build-tests builds it)")
        }
        return url
    }

    /// Runs the executable with `arguments` and waits for it.
    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try plannerURL()
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
