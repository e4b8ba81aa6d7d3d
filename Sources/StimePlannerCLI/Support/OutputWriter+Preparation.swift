import Foundation

extension OutputWriter {
    /// Creates the output folder (and its parents) when missing.
    func createDirectory() throws(OutputError) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: directory.path, reason: "it exists and is not a folder")
            }
            return
        }
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(
                path: directory.path,
                reason: blockingAncestor().map { "\($0) is a file, not a folder" } ?? Self.reason(error))
        }
    }

    /// The nearest existing ancestor of the output folder when it is a file (which makes the folder impossible).
    private func blockingAncestor() -> String? {
        var candidate = directory.deletingLastPathComponent()
        while candidate.path != "/" {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : candidate.path
            }
            candidate = candidate.deletingLastPathComponent()
        }
        return nil
    }

    /// Checks that the folder output is a folder or absent, every file output a file or
    /// absent, and that the output folder takes new files.
    func checkTargets() throws(OutputError) {
        for name in [folder] + files {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: target(name).path, isDirectory: &isDirectory) else { continue }
            if name == folder, !isDirectory.boolValue {
                throw OutputError(path: target(name).path, reason: "it is a file, but a folder is written here")
            }
            if name != folder, isDirectory.boolValue {
                throw OutputError(path: target(name).path, reason: "it is a folder, but a file is written here")
            }
        }
        let probe = probe(of: pid)
        let fd = open(probe.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw OutputError(path: directory.path, reason: String(cString: strerror(errno)))
        }
        close(fd)
        unlink(probe.path)
    }

    /// Finishes or undoes the switch-over of every run that wrote into this folder and no
    /// longer runs, and removes its temporaries (found by their names, which end in the
    /// run's process id).
    func recoverInterruptedRuns() {
        let entries = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        var processes = Set<Int32>()
        for entry in entries {
            guard let process = leftoverProcess(entry), process != pid, !isRunning(process) else { continue }
            processes.insert(process)
        }
        for process in processes.sorted() {
            guard let text = try? String(contentsOf: journal(of: process), encoding: .utf8),
                let record = SwitchJournal(text: text)
            else {
                restoreOldFolderWithoutJournal(of: process)
                removeLeftovers(of: process)
                continue
            }
            let commitPoint = record.writes.last ?? folder
            if fileManager.fileExists(atPath: partial(commitPoint, of: process).path) {
                rollBack(process, record)
            } else {
                finishSwitch(of: process)
            }
        }
    }

    /// A run of an earlier version (no journal) killed between moving the old folder aside
    /// and moving the new one in: the old folder comes back.
    private func restoreOldFolderWithoutJournal(of process: Int32) {
        let oldFolder = old(folder, of: process)
        if fileManager.fileExists(atPath: oldFolder.path), !fileManager.fileExists(atPath: target(folder).path) {
            try? rename(oldFolder, target(folder))
        }
    }

    /// The process id in a leftover's name (`.calendars.partial-123`, `.plan.json.old-123`,
    /// `.stime-planner-switch-123`, `.stime-planner-probe-123`), or nil for any other name.
    private func leftoverProcess(_ entry: String) -> Int32? {
        guard entry.hasPrefix("."), let dash = entry.lastIndex(of: "-"),
            let process = Int32(entry[entry.index(after: dash)...]), process > 0
        else { return nil }
        let stem = entry[..<dash]
        if stem == ".stime-planner-switch" || stem == ".stime-planner-probe" { return process }
        for name in [folder] + files where stem == ".\(name).partial" || stem == ".\(name).old" {
            return process
        }
        return nil
    }

    /// Whether a process with this id runs (a process of another user counts as running).
    private func isRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}
