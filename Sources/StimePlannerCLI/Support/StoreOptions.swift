import ArgumentParser
import Logging
import PlanStore

/// `--data DIR` and `--database URL`: where `serve`, `token` and `backup` find the server's data.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The folder of the embedded SQLite database (stime.sqlite).")
    var data = "./stime-data"

    @Option(
        name: .customLong("database"),
        help: "A PostgreSQL database to use instead of SQLite: postgresql://user@host:port/database.")
    var database: String?

    /// Opens the store, bringing its schema up to date; a failure is printed and ends the
    /// command with 64 (a wrong URL), 65 (a database newer than this build) or 66 (cannot open).
    func open(logger: Logger) async throws -> SQLServiceStore {
        do {
            return try await SQLServiceStore.open(StoreLocation(data: data, database: database), logger: logger)
        } catch let error as StoreError {
            throw StoreFailure(error)
        }
    }
}

/// A store error as the command line reports it: message on standard error, CLI.md exit code.
struct StoreFailure: Error {
    let error: StoreError

    init(_ error: StoreError) {
        self.error = error
    }

    /// Prints the message and returns the exit code to end with.
    func report() -> ExitCode {
        StandardError.write("stime-planner: \(error.description)")
        switch error {
        case .invalidLocation, .invalidGrant: return ExitCode(64)
        case .databaseTooNew: return ExitCode(ExitStatus.invalidInput)
        default: return ExitCode(ExitStatus.unreadableInput)
        }
    }
}
