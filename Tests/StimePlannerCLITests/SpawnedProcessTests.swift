import Foundation
import TestSupport
import Testing

/// The tests' own process launcher: what the CLI, server and browser tests rely on.
@Suite struct SpawnedProcessTests {
    @Test func reportsTheExitStatusTheOutputAndTheDirectory() throws {
        let folder = try PlannerBinary.temporaryDirectory()
        let output = folder.appendingPathComponent("out")
        let child = try SpawnedProcess(
            "/bin/sh", ["-c", "pwd; echo oops >&2; exit 3"], in: folder, standardOutput: .file(output),
            standardError: .standardOutput)
        #expect(child.waitUntilExit() == .exit(3))
        #expect(!child.isRunning)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text == "\(folder.resolvingSymlinksInPath().path)\noops\n")
    }

    @Test func endsAChildWithASignalAndKillsOneThatIgnoresIt() throws {
        let sleeper = try SpawnedProcess("/bin/sleep", ["30"])
        #expect(sleeper.isRunning)
        #expect(sleeper.end(signal: SIGTERM, grace: 10) == .signal(SIGTERM))
        let stubborn = try SpawnedProcess("/bin/sh", ["-c", "trap '' TERM; sleep 30"])
        #expect(stubborn.waitUntilExit(timeout: 0.2) == nil)
        #expect(stubborn.end(signal: SIGTERM, grace: 0.5) == .signal(SIGKILL))
    }

    /// Standard input is /dev/null and no other descriptor of the test process reaches the child.
    @Test func givesTheChildOnlyItsThreeStandardDescriptors() throws {
        let folder = try PlannerBinary.temporaryDirectory()
        let held = FileHandle(forReadingAtPath: "/etc/hostname")
        defer { try? held?.close() }
        let output = folder.appendingPathComponent("out")
        let child = try SpawnedProcess(
            "/bin/sh", ["-c", "readlink /proc/$$/fd/0; ls /proc/$$/fd"], standardOutput: .file(output))
        #expect(child.waitUntilExit() == .exit(0))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "/dev/null")
        #expect(lines.dropFirst().sorted() == ["0", "1", "2"])
    }

    @Test func namesAnExecutableThatCannotStart() {
        #expect(throws: SpawnError.self) { try SpawnedProcess("/nonexistent/tool", []) }
    }
}
