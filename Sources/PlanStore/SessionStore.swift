import Foundation

/// Browser sessions of the pages: a sign-in link with an access token starts one, its
/// cookie carries a secret of its own, and it lasts until it expires, is ended (sign-out)
/// or its access token is revoked.
///
/// Like access tokens, a session's secret is never stored, only its SHA-256 hash.
public protocol SessionStore: Sendable {
    /// Starts a session for the access token numbered `tokenID`, ending at `expiresAt`, and
    /// forgets the sessions that have ended or expired by `time`.
    ///
    /// - Returns: the session's secret (256 random bits, URL-safe), for the cookie only.
    func createSession(tokenID: Int, at time: Date, expiresAt: Date) async throws -> String

    /// The live access token behind the session with this secret at `time`; nil when the
    /// session is unknown, ended or expired, or its token is revoked.
    func sessionToken(secret: String, at time: Date) async throws -> AccessToken?

    /// Ends the session with this secret; false when there was no live one.
    func endSession(secret: String, at time: Date) async throws -> Bool
}
