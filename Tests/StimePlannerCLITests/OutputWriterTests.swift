import Foundation
import TestSupport
import Testing

@testable import StimePlannerCLI

/// The output folder always holds one whole set of outputs: a failure at any step, a blocked
/// path or the leftovers of a killed run never leave a mix of old and new.
@Suite struct OutputWriterTests {
    struct InjectedFailure: Error {}

    /// One set of outputs, told apart by `tag`.
    struct OutputSet {
        let tag: String
        var calendars: [String] { tag == "old" ? ["all.ics", "old-only.ics"] : ["all.ics", "new-only.ics"] }
        var folderFiles: [(name: String, data: Data)] { calendars.map { ($0, Data("\(tag) \($0)".utf8)) } }
        var files: [String: Data] {
            ["report.html": Data("\(tag) report".utf8), "plan.json": Data("\(tag) plan".utf8)]
        }

        /// What the folder holds after this set was written (name → contents).
        var expected: [String: String] {
            var result = ["report.html": "\(tag) report", "plan.json": "\(tag) plan"]
            for name in calendars { result["calendars/\(name)"] = "\(tag) \(name)" }
            return result
        }
    }

    private let old = OutputSet(tag: "old")
    private let new = OutputSet(tag: "new")

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stime-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `directory` (dot-files included) with its contents.
    private func contents(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                for (inner, text) in try contents(url) { result["\(name)/\(inner)"] = text }
            } else {
                result[name] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            }
        }
        return result
    }

    private func write(_ set: OutputSet, to directory: URL, failingAt step: String? = nil) throws {
        var writer = OutputWriter(directory: directory)
        writer.beforeStep = { if $0 == step { throw InjectedFailure() } }
        try writer.write(folderFiles: set.folderFiles, files: set.files)
    }

    /// A process id that no longer runs.
    private func deadProcess() throws -> Int32 {
        let process = try SpawnedProcess("/bin/true", [])
        process.waitUntilExit()
        return process.pid
    }

    @Test func replacesTheWholeSet() throws {
        let directory = try folder()
        try write(old, to: directory)
        #expect(try contents(directory) == old.expected)
        try write(new, to: directory)
        #expect(try contents(directory) == new.expected)
    }

    @Test func aFailureAtAnyStepLeavesTheEarlierSetWhole() throws {
        var steps: [String] = []
        var recorder = OutputWriter(directory: try folder())
        try recorder.write(folderFiles: old.folderFiles, files: old.files)
        recorder.beforeStep = { steps.append($0) }
        try recorder.write(folderFiles: new.folderFiles, files: new.files)
        #expect(steps.contains("stage calendars/all.ics") && steps.contains("switch plan.json"))
        for step in steps {
            let directory = try folder()
            try write(old, to: directory)
            #expect(throws: OutputError.self, "\(step)") { try write(new, to: directory, failingAt: step) }
            #expect(try contents(directory) == old.expected, "failure at \(step)")
        }
    }

    @Test func aFailureOnTheFirstRunLeavesNothing() throws {
        for step in ["stage report.html", "switch report.html", "switch plan.json"] {
            let directory = try folder()
            #expect(throws: OutputError.self) { try write(new, to: directory, failingAt: step) }
            #expect(try contents(directory) == [:], "failure at \(step)")
        }
    }

    @Test(arguments: ["report.html", "plan.json"])
    func aFolderInTheWayOfAFileIsFoundBeforeWriting(_ name: String) throws {
        let directory = try folder()
        try write(old, to: directory)
        try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent(name), withIntermediateDirectories: false)
        let writer = OutputWriter(directory: directory)
        #expect(throws: OutputError.self) { try writer.prepare() }
        #expect(throws: OutputError.self) { try write(new, to: directory) }
        var expected = old.expected
        expected[name] = nil
        #expect(try contents(directory) == expected)
    }

    @Test func aFileInTheWayOfTheCalendarsFolderIsFoundBeforeWriting() throws {
        let directory = try folder()
        try Data("x".utf8).write(to: directory.appendingPathComponent("calendars"))
        do {
            try OutputWriter(directory: directory).prepare()
            Issue.record("prepare() accepted a file named calendars")
        } catch {
            #expect(error.description.contains("calendars: it is a file"))
        }
    }

    @Test func removesTheTemporariesOfAKilledRun() throws {
        let directory = try folder()
        try write(old, to: directory)
        let dead = try deadProcess()
        let writer = OutputWriter(directory: directory)
        try FileManager.default.createDirectory(
            at: writer.partial("calendars", of: dead), withIntermediateDirectories: false)
        try Data("half".utf8).write(to: writer.partial("calendars", of: dead).appendingPathComponent("all.ics"))
        try Data("half".utf8).write(to: writer.partial("plan.json", of: dead))
        try Data().write(to: writer.probe(of: dead))
        try writer.prepare()
        #expect(try contents(directory) == old.expected)
    }

    /// A run killed during the switch-over, before its commit point (`plan.json`): the next
    /// run puts the old set back.
    @Test func undoesASwitchOverKilledBeforeItsCommitPoint() throws {
        let directory = try folder()
        try write(old, to: directory)
        let dead = try deadProcess()
        let writer = OutputWriter(directory: directory)
        try simulateSwitch(of: new, by: dead, with: writer, throughCommitPoint: false)
        try writer.prepare()
        #expect(try contents(directory) == old.expected)
    }

    /// A run killed after its commit point but before removing the old copies: the next run
    /// keeps the new set and removes the rest.
    @Test func finishesASwitchOverKilledAfterItsCommitPoint() throws {
        let directory = try folder()
        try write(old, to: directory)
        let dead = try deadProcess()
        let writer = OutputWriter(directory: directory)
        try simulateSwitch(of: new, by: dead, with: writer, throughCommitPoint: true)
        try writer.prepare()
        #expect(try contents(directory) == new.expected)
    }

    @Test func leavesTheTemporariesOfARunningProcess() throws {
        let directory = try folder()
        let writer = OutputWriter(directory: directory)
        let running = ProcessInfo.processInfo.processIdentifier == 1 ? 2 : 1  // init (or the container's first process)
        try Data("busy".utf8).write(to: writer.partial("plan.json", of: Int32(running)))
        try writer.prepare()
        #expect(try contents(directory) == [".plan.json.partial-\(running)": "busy"])
    }

    @Test func readsOnlyCompleteJournals() {
        let journal = SwitchJournal(writes: ["calendars", "plan.json"], existed: ["calendars"])
        #expect(SwitchJournal(text: journal.text) == journal)
        #expect(SwitchJournal(text: String(journal.text.dropLast(4))) == nil)
        #expect(SwitchJournal(text: "") == nil)
    }

    /// What a run of process `dead` leaves when killed during the switch-over to `set`: the
    /// journal, the old folder moved aside and the new one in, the old report kept and the
    /// new one in, and `plan.json` switched only when `throughCommitPoint`.
    private func simulateSwitch(
        of set: OutputSet, by dead: Int32, with writer: OutputWriter, throughCommitPoint: Bool
    ) throws {
        let manager = FileManager.default
        let staging = writer.partial("calendars", of: dead)
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        for file in set.folderFiles { try file.data.write(to: staging.appendingPathComponent(file.name)) }
        for (name, data) in set.files { try data.write(to: writer.partial(name, of: dead)) }
        let journal = SwitchJournal(
            writes: ["calendars", "report.html", "plan.json"], existed: ["calendars", "report.html", "plan.json"])
        try Data(journal.text.utf8).write(to: writer.journal(of: dead))
        try writer.rename(writer.target("calendars"), writer.old("calendars", of: dead))
        try writer.rename(staging, writer.target("calendars"))
        try manager.copyItem(at: writer.target("report.html"), to: writer.old("report.html", of: dead))
        try writer.rename(writer.partial("report.html", of: dead), writer.target("report.html"))
        if throughCommitPoint {
            try manager.copyItem(at: writer.target("plan.json"), to: writer.old("plan.json", of: dead))
            try writer.rename(writer.partial("plan.json", of: dead), writer.target("plan.json"))
        }
    }
}
