import SQLKit

/// A database the SQL store runs on: it lends one connection at a time and knows how its
/// dialect starts a writing transaction.
protocol SQLConnector: Sendable {
    /// The statement that starts a transaction that will write.
    var beginStatement: String { get }

    /// The statement that starts a transaction which first locks the row it changes
    /// (`SELECT … FOR UPDATE`) and then reads what others committed before it got the lock:
    /// READ COMMITTED on PostgreSQL (waiters proceed instead of failing), the same
    /// `BEGIN IMMEDIATE` on SQLite (one writer at a time anyway).
    var lockingBeginStatement: String { get }

    /// A statement run first in the migration transaction so that two processes starting
    /// together migrate one after the other; nil where `beginStatement` already serialises.
    var migrationLockStatement: String? { get }

    /// Whether `error` means that a concurrent transaction won and this one may simply be run
    /// again (a serialization failure, a deadlock, a unique key another transaction took).
    func isRetryable(_ error: any Error) -> Bool

    /// Runs `body` with one connection that nobody else uses meanwhile.
    func withConnection<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result

    /// Writes a consistent copy of the database to `path`.
    func backup(to path: String) async throws

    /// Closes every connection.
    func close() async throws
}

extension SQLConnector {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// A transaction that lost a race to a concurrent one is run again, up to 20 times; so
    /// `body` must do nothing but database work.
    ///
    /// - Parameter locking: begin with ``lockingBeginStatement`` instead of ``beginStatement``.
    func transaction<Result: Sendable>(
        locking: Bool = false, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await runTransaction(begin: locking ? lockingBeginStatement : beginStatement, body)
            } catch  where attempt < 20 && isRetryable(error) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 * attempt))))
            }
        }
    }

    private func runTransaction<Result: Sendable>(
        begin: String, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        return try await withConnection { database in
            try await database.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(database)
                try await database.raw("COMMIT").run()
                return result
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
