import Foundation
import Logging
import PlanStore
import PostgresKit

/// The databases every store and server test runs against: SQLite always, PostgreSQL when
/// `STIME_TEST_POSTGRES_URL` names a server (`.ci/run` starts one and sets it).
public enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgresql

    /// The environment variable with the URL of a PostgreSQL server the tests may create databases on.
    public static let postgresVariable = "STIME_TEST_POSTGRES_URL"

    /// SQLite, and PostgreSQL when its URL is set.
    public static var available: [TestBackend] {
        ProcessInfo.processInfo.environment[postgresVariable].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgresql] }
            ?? [.sqlite]
    }

    public var description: String { rawValue }
}

/// Fresh, empty databases for tests.
public enum TestDatabases {
    /// A logger that stays quiet.
    public static let logger: Logger = {
        var logger = Logger(label: "stime-test")
        logger.logLevel = .critical
        return logger
    }()

    /// A new empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stime-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A location with no data yet: a new temporary folder, or a new PostgreSQL database.
    public static func emptyLocation(_ backend: TestBackend) async throws -> StoreLocation {
        switch backend {
        case .sqlite:
            return .sqlite(folder: try temporaryFolder().path)
        case .postgresql:
            guard let server = ProcessInfo.processInfo.environment[TestBackend.postgresVariable],
                var components = URLComponents(string: server)
            else { throw TestDatabaseError.noServer }
            let name = "stime_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let configuration = try SQLPostgresConfiguration(url: server)
            let connection = try await PostgresConnection.connect(
                configuration: configuration.coreConfiguration, id: 1, logger: logger)
            do {
                try await connection.sql(queryLogLevel: nil).raw("CREATE DATABASE \(unsafeRaw: name)").run()
            } catch {
                try? await connection.close()
                throw error
            }
            try await connection.close()
            components.path = "/" + name
            guard let url = components.string else { throw TestDatabaseError.noServer }
            return .postgresql(url: url)
        }
    }

    /// A store on a new empty database.
    public static func store(_ backend: TestBackend) async throws -> SQLServiceStore {
        try await SQLServiceStore.open(try await emptyLocation(backend), logger: logger)
    }
}

/// The PostgreSQL tests were asked for without a server.
public enum TestDatabaseError: Error {
    case noServer
}
