import Foundation

/// What identifies a version's content without its documents: cheap to read on every request,
/// enough to tell whether something cached from it is still current.
public struct VersionHead: Sendable, Equatable, Hashable {
    public var number: Int
    public var revision: Int
    /// When its content last changed (publication or a later accepted change).
    public var changedAt: Date

    public init(number: Int, revision: Int, changedAt: Date) {
        self.number = number
        self.revision = revision
        self.changedAt = changedAt
    }
}

extension PlanVersion {
    /// The version's number, revision and time of change.
    public var head: VersionHead { VersionHead(number: number, revision: revision, changedAt: changedAt) }
}
