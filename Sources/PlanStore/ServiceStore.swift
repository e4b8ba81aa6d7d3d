import Foundation

/// The storage seam of the server: plan versions, access tokens, feed tokens and the audit
/// table. It knows plans as JSON documents and nothing of HTTP.
///
/// Every change is one transaction that also writes its audit row, so a change and its
/// record are durable together or not at all. ``SQLServiceStore`` implements it on SQLite
/// and on PostgreSQL.
public protocol ServiceStore: Sendable {
    /// Stores a new draft version; returns its number.
    func createVersion(scenario: Data, plan: Data, by who: Principal, at time: Date) async throws -> Int

    /// Makes a draft the published version; the one published before becomes superseded.
    ///
    /// In the same transaction, `preparing` is given the draft and the version published until
    /// now (nil before the first publication) and returns the plan document to publish: the
    /// draft's plan with what its calendars must carry to follow the published ones. It must be
    /// a pure function of its arguments (a transaction that loses a race is run again).
    ///
    /// - Throws: ``StoreError/versionNotFound(_:)``, ``StoreError/notDraft(_:_:)``,
    ///   ``StoreError/draftOutdated(_:)`` when the published version changed (a revision) after
    ///   the draft was made, or what `preparing` throws (nothing is changed then).
    func publish(
        version number: Int, by who: Principal, at time: Date,
        preparing: @escaping @Sendable (_ draft: PlanVersion, _ published: PlanVersion?) throws -> Data
    ) async throws -> PlanVersion

    /// The version with this number, nil when there is none.
    func version(_ number: Int) async throws -> PlanVersion?

    /// The published version, nil before the first publication.
    func publishedVersion() async throws -> PlanVersion?

    /// The published version's number, revision and time of change, nil before the first
    /// publication: cheap, for telling whether a cached rendering is current.
    func publishedHead() async throws -> VersionHead?

    /// The number of versions stored.
    func versionCount() async throws -> Int

    /// Creates an access token; returns the secret, which is shown once and stored only as a hash.
    func createToken(_ grant: TokenGrant, by who: Principal, at time: Date) async throws -> String

    /// The live (not revoked) token with this secret, nil for an unknown or revoked one.
    func token(secret: String) async throws -> AccessToken?

    /// Revokes the token with this secret; false when there is no live token with it.
    func revokeToken(secret: String, by who: Principal, at time: Date) async throws -> Bool

    /// The feed token of a calendar file (`municipality-aarhus`), made on first use.
    func feedToken(file: String, by who: Principal, at time: Date) async throws -> String

    /// Revokes the live feed token of a calendar file (its link stops working; the next
    /// ``feedToken(file:by:at:)`` makes a new one); false when it had none.
    func revokeFeedToken(file: String, by who: Principal, at time: Date) async throws -> Bool

    /// The calendar file a live feed token reads, nil for an unknown or revoked token.
    func feedFile(token: String) async throws -> String?

    /// The newest audit rows first, at most `limit`.
    func auditEntries(limit: Int) async throws -> [AuditEntry]

    /// Writes a consistent copy of the whole database to `file` (SQLite only).
    func backup(to file: URL) async throws

    /// Closes the connections.
    func close() async throws
}
