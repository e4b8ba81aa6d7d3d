import Foundation
import Logging
import SQLKit
import SQLiteKit

/// The embedded database: one SQLite file in WAL mode, one connection lent to one task at a
/// time (SQLite writes one transaction at a time anyway).
final class SQLiteConnector: SQLConnector {
    let beginStatement = "BEGIN IMMEDIATE"
    let lockingBeginStatement = "BEGIN IMMEDIATE"
    let migrationLockStatement: String? = nil
    private let connection: SQLiteConnection
    private let gate = ConnectionGate()

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Opens (creating when missing) the database file at `path`.
    static func open(path: String, logger: Logger) async throws -> SQLiteConnector {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        } catch {
            throw StoreError.unavailable("\(path) cannot be opened as an SQLite database")
        }
        let database = connection.sql(queryLogLevel: nil)
        // WAL: readers do not wait for the writer; FULL: a committed transaction survives a
        // power cut; busy_timeout: another process (a backup) waits instead of failing.
        for pragma in [
            "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 5000",
        ] {
            do {
                try await database.raw(SQLQueryString(pragma)).run()
            } catch {
                try? await connection.close()
                throw StoreError.unavailable("\(path) is not an SQLite database this server can use")
            }
        }
        return SQLiteConnector(connection: connection)
    }

    /// One connection, one transaction at a time: nothing races inside the process, and
    /// another process (a backup, `token create`) is waited for by `busy_timeout`.
    func isRetryable(_ error: any Error) -> Bool { false }

    func withConnection<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        try await gate.enter()
        do {
            let result = try await body(connection.sql(queryLogLevel: nil))
            await gate.leave()
            return result
        } catch {
            await gate.leave()
            throw error
        }
    }

    func backup(to path: String) async throws {
        try await withConnection { database in
            try await database.raw("VACUUM INTO \(bind: path)").run()
        }
    }

    func close() async throws {
        try await gate.close()
        try await connection.close()
    }
}
