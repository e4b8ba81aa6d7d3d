import SQLKit

/// One numbered step of the schema. Steps run in order, each in its own transaction, and
/// each is recorded in `schema_migrations`; a step never changes once released.
struct Migration: Sendable {
    /// 1, 2, …: the schema version after this step.
    let version: Int
    /// What it does, recorded with it.
    let name: String
    /// Creates or changes tables; written with SQLKit's builders so that it runs unchanged on
    /// SQLite and PostgreSQL.
    let apply: @Sendable (any SQLDatabase) async throws -> Void
}

extension Migration {
    /// Every step this build knows, oldest first.
    static let all: [Migration] = [.initial, .sessions, .meetingDetails, .bookings, .consultations, .feedStamps]
}
