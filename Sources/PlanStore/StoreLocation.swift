import Foundation

/// Where the server keeps its data: an SQLite file under `--data`, or a PostgreSQL database
/// named by `--database`.
public enum StoreLocation: Sendable, Equatable {
    /// The SQLite database file `stime.sqlite` in this folder (created when missing).
    case sqlite(folder: String)
    /// A `postgresql://user@host:port/database` URL.
    case postgresql(url: String)

    /// The file name of the SQLite database inside `--data`.
    public static let sqliteFileName = "stime.sqlite"

    /// The location the command-line options name: `--database` when given, else `--data`.
    ///
    /// - Throws: ``StoreError/invalidLocation(_:)`` for a URL that is not `postgresql://` or
    ///   `postgres://`.
    public init(data: String, database: String?) throws(StoreError) {
        guard let database else {
            self = .sqlite(folder: data)
            return
        }
        guard database.hasPrefix("postgresql://") || database.hasPrefix("postgres://") else {
            throw .invalidLocation("expected a postgresql://user@host:port/database URL")
        }
        self = .postgresql(url: database)
    }

    /// Names the place in messages, without a password.
    public var displayName: String {
        switch self {
        case .sqlite(let folder):
            return (folder as NSString).appendingPathComponent(Self.sqliteFileName)
        case .postgresql(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            components.password = nil
            return components.string ?? "PostgreSQL"
        }
    }
}
