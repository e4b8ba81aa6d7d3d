import Foundation

/// Why an output could not be written (exit code 73).
struct OutputError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a command's outputs so that a reader never sees a half-written file.
///
/// Every file is written to a temporary name in its final folder and renamed into place;
/// a folder of generated files (`calendars/`) is built beside the old one and swapped in
/// whole, so files from an earlier run that the new run no longer writes disappear too.
/// On failure every temporary file is removed and earlier outputs stay as they were.
struct OutputWriter {
    let directory: URL
    private let fileManager = FileManager.default

    init(directory: URL) {
        self.directory = directory
    }

    /// Creates the output folder (and its parents) when missing.
    func prepare() throws(OutputError) {
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
                reason: blockingAncestor().map { "\($0) is a file, not a folder" }
                    ?? Self.reason(error))
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

    /// Writes `data` to `name` inside the output folder, atomically.
    func write(_ data: Data, to name: String) throws(OutputError) {
        try prepare()
        let target = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(
            ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary)
            try Self.rename(temporary, over: target)
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw OutputError(path: target.path, reason: Self.reason(error))
        }
    }

    /// Replaces the sub-folder `name` with exactly `files` (file name → contents).
    func replaceFolder(_ name: String, with files: [(name: String, data: Data)]) throws(OutputError) {
        try prepare()
        let pid = ProcessInfo.processInfo.processIdentifier
        let target = directory.appendingPathComponent(name)
        let staging = directory.appendingPathComponent(".\(name).partial-\(pid)")
        let retired = directory.appendingPathComponent(".\(name).old-\(pid)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                try file.data.write(to: staging.appendingPathComponent(file.name))
            }
            let hadOld = fileManager.fileExists(atPath: target.path)
            if hadOld {
                try fileManager.moveItem(at: target, to: retired)
            }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if hadOld { try? fileManager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadOld { try? fileManager.removeItem(at: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw OutputError(path: target.path, reason: Self.reason(error))
        }
    }

    /// Moves `source` to `target` in one step, replacing a file already there (POSIX `rename`,
    /// atomic within one file system: a reader sees the old file or the new one, never neither).
    private static func rename(_ source: URL, over target: URL) throws {
        guard Foundation.rename(source.path, target.path) == 0 else {
            let code = errno
            throw NSError(
                domain: NSPOSIXErrorDomain, code: Int(code),
                userInfo: [
                    NSLocalizedDescriptionKey: String(cString: strerror(code))
                ])
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
