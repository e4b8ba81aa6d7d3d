import Foundation

/// A plan version without its documents: enough for a list of versions.
public struct VersionSummary: Sendable, Equatable {
    public var number: Int
    public var status: PlanVersion.Status
    public var revision: Int
    public var createdBy: Principal
    public var createdAt: Date
    public var publishedAt: Date?
    public var changedAt: Date

    public init(
        number: Int, status: PlanVersion.Status, revision: Int, createdBy: Principal, createdAt: Date,
        publishedAt: Date?, changedAt: Date
    ) {
        self.number = number
        self.status = status
        self.revision = revision
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.publishedAt = publishedAt
        self.changedAt = changedAt
    }
}
