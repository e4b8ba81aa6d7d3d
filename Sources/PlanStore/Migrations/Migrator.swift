import Foundation
import SQLKit

/// Brings a database to the schema this build knows, or refuses one that is newer.
struct Migrator: Sendable {
    let connector: any SQLConnector
    let migrations: [Migration]

    /// The schema version this build writes.
    var supportedVersion: Int { migrations.last?.version ?? 0 }

    /// Runs every step the database lacks, each in one transaction with its record.
    ///
    /// - Returns: the versions applied now (empty when the database was current).
    /// - Throws: ``StoreError/databaseTooNew(found:supported:)`` before changing anything when
    ///   the database has a step this build does not know.
    @discardableResult
    func migrate(at time: Date = Date()) async throws -> [Int] {
        try await connector.withConnection { database in
            try await database.create(table: "schema_migrations")
                .ifNotExists()
                .column("version", type: .bigint, .primaryKey(autoIncrement: false))
                .column("name", type: .text, .notNull)
                .column("applied_at", type: .bigint, .notNull)
                .run()
        }
        let found = try await currentVersion()
        if found > supportedVersion {
            throw StoreError.databaseTooNew(found: found, supported: supportedVersion)
        }
        // Every step not recorded yet, also one numbered below the highest recorded: the steps'
        // numbers are assigned ahead, so a build may bring step 2 to a database that has step 5.
        let recorded = try await recordedVersions()
        var applied: [Int] = []
        for migration in migrations where !recorded.contains(migration.version) {
            let lock = connector.migrationLockStatement
            let didApply = try await connector.transaction { database in
                if let lock { try await database.raw(SQLQueryString(lock)).run() }
                // Another process may have applied it meanwhile.
                let done = try await database.select().column("version").from("schema_migrations")
                    .where("version", .equal, migration.version).first()
                guard done == nil else { return false }
                try await migration.apply(database)
                try await database.insert(into: "schema_migrations")
                    .columns("version", "name", "applied_at")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(time.milliseconds))
                    .run()
                return true
            }
            if didApply { applied.append(migration.version) }
        }
        return applied
    }

    /// Every version recorded.
    func recordedVersions() async throws -> Set<Int> {
        try await connector.withConnection { database in
            Set(
                try await database.select().column("version").from("schema_migrations").all()
                    .map { try $0.decode(column: "version", as: Int.self) })
        }
    }

    /// The highest version recorded, 0 for an empty database.
    func currentVersion() async throws -> Int {
        try await connector.withConnection { database in
            let row = try await database.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "version")
                .from("schema_migrations").first()
            guard let row, try !row.decodeNil(column: "version") else { return 0 }
            return try row.decode(column: "version", as: Int.self)
        }
    }
}
