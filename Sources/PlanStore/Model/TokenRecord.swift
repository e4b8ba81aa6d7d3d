import Foundation

/// An access token as the lead's list shows it: its number, what it may do, and whether it
/// still works. The secret is not part of it (the store does not have it).
public struct TokenRecord: Sendable, Equatable {
    public var token: AccessToken
    /// When it was revoked; nil while it works.
    public var revokedAt: Date?

    public init(token: AccessToken, revokedAt: Date?) {
        self.token = token
        self.revokedAt = revokedAt
    }
}
