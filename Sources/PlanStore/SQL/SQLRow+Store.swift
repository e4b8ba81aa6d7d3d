import Foundation
import SQLKit

/// The values the store keeps in more than one table, read back from a row.
extension SQLRow {
    /// The time in `column` (milliseconds since 1970).
    func date(_ column: String) throws -> Date {
        Date(milliseconds: try decode(column: column, as: Int64.self))
    }

    /// The time in `column`, nil where it is NULL.
    func optionalDate(_ column: String) throws -> Date? {
        try decode(column: column, as: Int64?.self).map(Date.init(milliseconds:))
    }

    /// The principal in the columns `<prefix>role`, `<prefix>subject` and `<prefix>token`.
    func principal(prefix: String) throws -> Principal {
        Principal(
            role: try decode(column: prefix + "role", as: String.self),
            subject: try decode(column: prefix + "subject", as: String?.self),
            tokenID: try decode(column: prefix + "token", as: Int?.self))
    }

    /// The access token in the columns `id`, `role`, `subject` and `created_at`; nil for a
    /// role this build does not know.
    func accessToken() throws -> AccessToken? {
        guard let role = Role(rawValue: try decode(column: "role", as: String.self)) else { return nil }
        return AccessToken(
            id: try decode(column: "id", as: Int.self), role: role,
            subject: try decode(column: "subject", as: String?.self), createdAt: try date("created_at"))
    }
}
