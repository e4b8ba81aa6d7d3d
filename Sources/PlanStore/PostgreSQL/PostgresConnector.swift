import Foundation
import Logging
import NIOPosix
import PostgresKit
import SQLKit

/// A shared PostgreSQL database: a pool of connections, so that several server processes
/// (and several requests) work on one partnership at once.
///
/// `@unchecked Sendable`: AsyncKit's pool predates `Sendable` but is safe to share (each of
/// its per-loop pools lives on its own event loop, and its methods hop there); the logger is
/// a value.
final class PostgresConnector: SQLConnector, @unchecked Sendable {
    let beginStatement = "BEGIN ISOLATION LEVEL SERIALIZABLE"
    let lockingBeginStatement = "BEGIN ISOLATION LEVEL READ COMMITTED"
    /// A transaction-scoped advisory lock; the number is arbitrary but fixed.
    let migrationLockStatement: String? = "SELECT pg_advisory_xact_lock(74112026)"
    private let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    private let logger: Logger

    private init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    /// Connects to the database at `url` (`postgresql://user@host:port/db`).
    static func open(url: String, logger: Logger) async throws -> PostgresConnector {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StoreError.invalidLocation("not a PostgreSQL URL (postgresql://user@host:port/database)")
        }
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 4,
            // Bookings queue for the published version's row lock: under a burst a request may
            // wait longer than the default 10 s for a connection, which would fail it (500).
            requestTimeout: .seconds(60), logger: logger, on: MultiThreadedEventLoopGroup.singleton)
        let connector = PostgresConnector(pool: pool, logger: logger)
        do {
            try await connector.withConnection { database in try await database.raw("SELECT 1").run() }
        } catch {
            try? await pool.shutdownAsync()
            throw StoreError.unavailable(
                "PostgreSQL at \(configuration.coreConfiguration.host ?? "?") cannot be reached")
        }
        return connector
    }

    /// 40001 serialization failure, 40P01 deadlock, 23505 unique violation.
    func isRetryable(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return ["40001", "40P01", "23505"].contains(state)
    }

    func withConnection<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        try await pool.database(logger: logger).sql(queryLogLevel: nil).withSession(body)
    }

    func backup(to path: String) async throws {
        throw StoreError.unavailable("backup copies the SQLite database; back PostgreSQL up with pg_dump")
    }

    func close() async throws {
        try await pool.shutdownAsync()
    }
}
