import ArgumentParser
import Foundation
import Logging
import PlanStore

/// `stime-planner backup --data DIR FILE`: a consistent copy of the SQLite database, also
/// while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Writes a consistent copy of the server's SQLite database, also while it runs.",
        discussion: """
            The copy is one SQLite file (VACUUM INTO); to restore, stop the server and put it \
            in place of DIR/stime.sqlite. FILE must not exist yet.
            """
    )

    @Option(name: .customLong("data"), help: "The folder of the server's SQLite database.")
    var data = "./stime-data"

    @Argument(help: "The file to write.")
    var file: String

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            StandardError.write("stime-planner: \(file) exists already; the backup writes a new file")
            throw ExitCode(ExitStatus.cannotWriteOutput)
        }
        let database = (data as NSString).appendingPathComponent(StoreLocation.sqliteFileName)
        guard FileManager.default.fileExists(atPath: database) else {
            StandardError.write("stime-planner: \(database): no such database")
            throw ExitCode(ExitStatus.unreadableInput)
        }
        let opened: SQLServiceStore
        do {
            opened = try await SQLServiceStore.open(.sqlite(folder: data), logger: Logger(label: "stime-planner"))
        } catch let error as StoreError {
            throw StoreFailure(error).report()
        }
        do {
            try await opened.backup(to: URL(fileURLWithPath: file))
        } catch {
            try? await opened.close()
            StandardError.write("stime-planner: \(file) cannot be written")
            throw ExitCode(ExitStatus.cannotWriteOutput)
        }
        try await opened.close()
        print("Wrote \(file).")
    }
}
