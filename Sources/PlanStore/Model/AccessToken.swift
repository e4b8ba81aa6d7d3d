import Foundation

/// A stored access token: its role and subject; the secret itself is never stored, only its
/// SHA-256 hash.
public struct AccessToken: Sendable, Equatable {
    /// The token's number (not secret; named in the audit table).
    public var id: Int
    public var role: Role
    /// The municipality of a tovholder or the psychologist's id; nil for other roles.
    public var subject: String?
    public var createdAt: Date

    public init(id: Int, role: Role, subject: String?, createdAt: Date) {
        self.id = id
        self.role = role
        self.subject = subject
        self.createdAt = createdAt
    }

    /// The principal that requests made with this token act as.
    public var principal: Principal { Principal(role: role.rawValue, subject: subject, tokenID: id) }
}
