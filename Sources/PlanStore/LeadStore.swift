import Foundation

/// What the lead's pages read and change beyond ``ServiceStore``: every version without its
/// documents, every access token (never a secret), and revoking a token by its number.
public protocol LeadStore: Sendable {
    /// Every version's number, status and who made it when, newest first.
    func versionSummaries() async throws -> [VersionSummary]

    /// Every access token ever made, live and revoked, newest first.
    func tokenRecords() async throws -> [TokenRecord]

    /// Revokes the token numbered `id` (its sessions end with it); false when there is no live
    /// token with that number.
    func revokeToken(id: Int, by who: Principal, at time: Date) async throws -> Bool
}
