import Foundation
import SQLKit
import StoreTestSupport
import Testing

@testable import PlanStore

@Suite("Migrations")
struct MigrationTests {
    @Test("a new database gets every migration; opening it again applies none", arguments: TestBackend.available)
    func migratesOnce(backend: TestBackend) async throws {
        let location = try await TestDatabases.emptyLocation(backend)
        let store = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        let migrator = Migrator(connector: store.connector, migrations: Migration.all)
        #expect(try await migrator.currentVersion() == migrator.supportedVersion)
        #expect(try await migrator.migrate().isEmpty)
        try await store.close()

        let again = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        let reopened = Migrator(connector: again.connector, migrations: Migration.all)
        #expect(try await reopened.recordedVersions() == Set(Migration.all.map(\.version)))
        try await again.close()
    }

    @Test(
        "a later migration runs on a database made by an earlier build, keeping its data",
        arguments: TestBackend.available)
    func laterMigrationRuns(backend: TestBackend) async throws {
        let location = try await TestDatabases.emptyLocation(backend)
        let old = try await SQLServiceStore.open(location, migrations: [.initial], logger: TestDatabases.logger)
        let number = try await old.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: .server, at: Date())
        try await old.close()

        let second = Migration(version: 2, name: "test column") { database in
            try await database.alter(table: "audit").column("note", type: .text).run()
        }
        let newer = try await SQLServiceStore.open(
            location, migrations: [.initial, second], logger: TestDatabases.logger)
        #expect(try await Migrator(connector: newer.connector, migrations: [.initial, second]).currentVersion() == 2)
        #expect(try await newer.version(number) != nil)
        try await newer.close()
    }

    @Test(
        "a step numbered below the highest recorded one is still applied (numbers are assigned ahead)",
        arguments: TestBackend.available)
    func lowerStepApplied(backend: TestBackend) async throws {
        let location = try await TestDatabases.emptyLocation(backend)
        let fifth = Migration(version: 5, name: "fifth") { database in
            try await database.create(table: "fifth").column("id", type: .bigint).run()
        }
        let second = Migration(version: 2, name: "second") { database in
            try await database.create(table: "second").column("id", type: .bigint).run()
        }
        let old = try await SQLServiceStore.open(location, migrations: [.initial, fifth], logger: TestDatabases.logger)
        try await old.close()
        let newer = try await SQLServiceStore.open(
            location, migrations: [.initial, second, fifth], logger: TestDatabases.logger)
        let migrator = Migrator(connector: newer.connector, migrations: [.initial, second, fifth])
        #expect(try await migrator.recordedVersions() == [1, 2, 5])
        try await newer.connector.withConnection { database in
            try await database.insert(into: "second").columns("id").values(SQLBind(1)).run()
        }
        try await newer.close()
    }

    @Test(
        "a database newer than the binary is refused with a clear message and left unchanged",
        arguments: TestBackend.available)
    func newerDatabaseRefused(backend: TestBackend) async throws {
        let location = try await TestDatabases.emptyLocation(backend)
        let store = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        try await store.connector.withConnection { database in
            try await database.insert(into: "schema_migrations").columns("version", "name", "applied_at")
                .values(SQLBind(99), SQLBind("from the future"), SQLBind(0)).run()
        }
        try await store.close()

        await #expect(throws: StoreError.databaseTooNew(found: 99, supported: Migration.all.last?.version ?? 0)) {
            _ = try await SQLServiceStore.open(location, logger: TestDatabases.logger)
        }
        let message = StoreError.databaseTooNew(found: 99, supported: 1).description
        #expect(message.contains("schema version 99"))
        #expect(message.contains("newer stime-planner"))
    }

    @Test("a file that is not an SQLite database is refused, not overwritten")
    func notADatabase() async throws {
        let folder = try TestDatabases.temporaryFolder()
        let file = folder.appendingPathComponent(StoreLocation.sqliteFileName)
        let garbage = Data(repeating: 0x41, count: 4096)
        try garbage.write(to: file)
        await #expect(throws: StoreError.self) {
            _ = try await SQLServiceStore.open(.sqlite(folder: folder.path), logger: TestDatabases.logger)
        }
        #expect(try Data(contentsOf: file) == garbage)
    }
}
