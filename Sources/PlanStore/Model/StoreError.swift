/// Why the store refused or failed. Messages name no SQL and no secret.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database was written by a newer stime-planner (its schema version is higher).
    case databaseTooNew(found: Int, supported: Int)
    /// The database cannot be opened or reached.
    case unavailable(String)
    /// `--database` is not a `postgresql://` URL this build can use.
    case invalidLocation(String)
    /// A token's role and subject do not fit together.
    case invalidGrant(String)
    /// No such plan version.
    case versionNotFound(Int)
    /// The version is not a draft (only drafts are published).
    case notDraft(Int, PlanVersion.Status)
    /// No version is published yet: there is nothing to book on.
    case nothingPublished
    /// The draft was made before the published version last changed (bookings, meeting
    /// details): publishing it would drop those changes. A new re-plan includes them.
    case draftOutdated(Int)

    public var description: String {
        switch self {
        case .databaseTooNew(let found, let supported):
            "the database has schema version \(found), but this stime-planner knows versions up to \(supported): "
                + "run a newer stime-planner, or restore a backup made by this one"
        case .unavailable(let reason): "the database cannot be used: \(reason)"
        case .invalidLocation(let reason): "--database: \(reason)"
        case .invalidGrant(let reason): reason
        case .versionNotFound(let number): "there is no plan version \(number)"
        case .notDraft(let number, let status): "version \(number) is \(status.rawValue), not a draft"
        case .nothingPublished: "no plan is published yet"
        case .draftOutdated(let number):
            "version \(number) was made before the published version last changed (accepted bookings or "
                + "meeting details), which publishing it would drop: re-plan again (POST /api/v1/plans with the "
                + "scenario, or the versions page's re-plan button) and publish the new draft"
        }
    }
}
