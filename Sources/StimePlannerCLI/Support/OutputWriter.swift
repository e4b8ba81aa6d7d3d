import Foundation

#if canImport(Glibc)
    import Glibc

    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
#endif

/// Writes a command's outputs — a folder of generated files (`calendars/`) and single files
/// (`report.html`, `plan.json`) — as one unit: afterwards the output folder holds either the
/// whole new set or the whole earlier one, never a mix and never a half-written file.
///
/// 1. ``prepare()`` (before the planner runs): creates the folder, repairs what an
///    interrupted earlier run left behind, and checks that every output path can be
///    written (not blocked by a folder or a file of the wrong kind, the folder writable).
/// 2. ``write(folderFiles:files:)`` *stages* everything under temporary names in the output
///    folder (`.calendars.partial-PID`, `.report.html.partial-PID`, …), asking
///    ``Interruption/checkpoint()`` between files. A failure or Ctrl-C here removes the
///    temporaries; nothing else was touched.
/// 3. It then *switches over* by renames in the same folder, with signals held back: it
///    notes in a journal (`.stime-planner-switch-PID`) which outputs existed, moves the old
///    folder aside and the new one in, keeps a hard link to the old single files, and
///    renames the single files in order — the last one (`plan.json`) is the commit point. A
///    failure on the way puts the old outputs back. Only then are the old copies and the
///    journal removed.
///
/// A run killed outright (SIGKILL, power loss) leaves its temporaries and maybe its journal;
/// the next ``prepare()`` in that folder finds them by their names and the process id of a
/// process that no longer runs, finishes a switch-over that reached its commit point, undoes
/// one that did not, and removes every leftover.
struct OutputWriter {
    let directory: URL
    /// The sub-folder replaced whole.
    let folder: String
    /// Every single file a run may write, in the order they are switched over; the last one
    /// a run writes is its commit point. A run that writes only some of them (`export`
    /// leaves `plan.json`) still recognises every one's leftovers.
    let files: [String]
    /// Called before each step with its name (`stage calendars/all.ics`, `switch plan.json`,
    /// …); a test makes a step fail by throwing here.
    var beforeStep: (String) throws -> Void = { _ in }

    let fileManager = FileManager.default
    let pid = ProcessInfo.processInfo.processIdentifier

    init(directory: URL, folder: String = "calendars", files: [String] = ["report.html", "plan.json"]) {
        self.directory = directory
        self.folder = folder
        self.files = files
    }

    /// Creates the output folder when missing, cleans up after interrupted runs, and checks
    /// that every output can be written.
    func prepare() throws(OutputError) {
        try createDirectory()
        recoverInterruptedRuns()
        try checkTargets()
    }

    /// Stages `folderFiles` and `contents` (some of ``files`` by name), then switches them in.
    ///
    /// - Throws: ``OutputError`` (earlier outputs are as they were), or ``Interrupted`` when a
    ///   signal arrived (before the switch-over: earlier outputs as they were; during it: the
    ///   new outputs are complete).
    func write(folderFiles: [(name: String, data: Data)], files contents: [String: Data]) throws {
        try Interruption.shared.deferring {
            try prepare()
            let names = files.filter { contents[$0] != nil }
            do {
                try stage(folderFiles, names.map { ($0, contents[$0] ?? Data()) })
                try Interruption.shared.checkpoint()
            } catch {
                removeLeftovers(of: pid)
                throw outputError(error)
            }
            try switchOver(names)
        }
    }

    // MARK: Staging

    func partial(_ name: String, of process: Int32) -> URL {
        directory.appendingPathComponent(".\(name).partial-\(process)")
    }

    func old(_ name: String, of process: Int32) -> URL {
        directory.appendingPathComponent(".\(name).old-\(process)")
    }

    func journal(of process: Int32) -> URL {
        directory.appendingPathComponent(".stime-planner-switch-\(process)")
    }

    func probe(of process: Int32) -> URL {
        directory.appendingPathComponent(".stime-planner-probe-\(process)")
    }

    func target(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    private func stage(_ folderFiles: [(name: String, data: Data)], _ singles: [(name: String, data: Data)]) throws {
        let staging = partial(folder, of: pid)
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        for file in folderFiles {
            try beforeStep("stage \(folder)/\(file.name)")
            try Interruption.shared.checkpoint()
            try Self.writeWithoutSync(file.data, to: staging.appendingPathComponent(file.name))
        }
        for file in singles {
            try beforeStep("stage \(file.name)")
            try Interruption.shared.checkpoint()
            try Self.writeWithoutSync(file.data, to: partial(file.name, of: pid))
        }
    }

    // MARK: Switching over

    /// The renames that put the staged outputs in place (signals are held back meanwhile);
    /// `names` are the single files written, in switch order.
    private func switchOver(_ names: [String]) throws {
        let existed = ([folder] + names).filter { fileManager.fileExists(atPath: target($0).path) }
        let record = SwitchJournal(writes: [folder] + names, existed: Set(existed))
        do {
            try beforeStep("journal")
            try Data(record.text.utf8).write(to: journal(of: pid))
            try beforeStep("switch \(folder)")
            if existed.contains(folder) {
                try rename(target(folder), old(folder, of: pid))
            }
            try rename(partial(folder, of: pid), target(folder))
            for name in names {
                try beforeStep("switch \(name)")
                if existed.contains(name) {
                    try keepOldCopy(of: name)
                }
                try rename(partial(name, of: pid), target(name))
            }
        } catch {
            rollBack(pid, record)
            throw outputError(error)
        }
        finishSwitch(of: pid)
    }

    /// A hard link to the current `name` under its old-copy name (a copy where the file
    /// system has no hard links), so the rename of the new file cannot lose it.
    private func keepOldCopy(of name: String) throws {
        let copy = old(name, of: pid)
        try? fileManager.removeItem(at: copy)
        if link(target(name).path, copy.path) != 0 {
            try fileManager.copyItem(at: target(name), to: copy)
        }
    }

    /// Undoes a switch-over of `process` that did not reach its commit point: every output
    /// that was switched in goes, and every old one comes back.
    func rollBack(_ process: Int32, _ record: SwitchJournal) {
        for name in record.writes {
            let switchedIn = !fileManager.fileExists(atPath: partial(name, of: process).path)
            let oldCopy = old(name, of: process)
            if record.existed.contains(name) {
                guard fileManager.fileExists(atPath: oldCopy.path) else { continue }
                if name == folder, fileManager.fileExists(atPath: target(name).path) {
                    try? fileManager.removeItem(at: target(name))
                }
                try? rename(oldCopy, target(name))
            } else if switchedIn {
                try? fileManager.removeItem(at: target(name))
            }
        }
        removeLeftovers(of: process)
    }

    /// Ends a switch-over that reached its commit point: the old copies and the journal go.
    func finishSwitch(of process: Int32) {
        removeLeftovers(of: process)
    }

    /// Removes every temporary, old copy and journal of `process`.
    func removeLeftovers(of process: Int32) {
        for name in [folder] + files {
            try? fileManager.removeItem(at: partial(name, of: process))
            try? fileManager.removeItem(at: old(name, of: process))
        }
        try? fileManager.removeItem(at: journal(of: process))
        try? fileManager.removeItem(at: probe(of: process))
    }

    // MARK: File system

    func rename(_ from: URL, _ to: URL) throws {
        // rename(2) replaces an existing file atomically. FileManager.replaceItemAt on
        // Linux deleted the old file and then failed ("The file doesn't exist") on every
        // other run into the same folder.
        guard Foundation.rename(from.path, to.path) == 0 else { throw Self.posixError(errno) }
    }

    /// Writes `data` to a new file at `url` without `fsync`.
    ///
    /// `Data.write(to:)` flushes every file to the disk; for the ~1 700 calendars of a
    /// 300-municipality plan that took 5–14 s on a shared virtual disk, against 0.1 s of
    /// writing. Readers still never see a half-written set: nothing is renamed into place
    /// before every file is written.
    static func writeWithoutSync(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw posixError(errno) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError(errno)
                }
                offset += written
            }
        }
    }

    static func posixError(_ code: Int32) -> NSError {
        NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
    }

    /// `error` as an ``OutputError`` of the output folder, unless it already is one or is an
    /// ``Interrupted``.
    func outputError(_ error: any Error) -> any Error {
        if error is OutputError || error is Interrupted { return error }
        return OutputError(path: directory.path, reason: Self.reason(error))
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
