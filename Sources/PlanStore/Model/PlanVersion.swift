import Foundation

/// One stored version: the scenario and the plan whole, as the CLI reads and writes them.
public struct PlanVersion: Sendable, Equatable {
    /// Where a version is in its life.
    public enum Status: String, Sendable, Codable {
        /// Made, not yet visible to anybody but the lead.
        case draft
        /// The current plan: the feeds and pages show it. At most one version is published.
        case published
        /// Was published; a later version replaced it.
        case superseded
    }

    /// 1, 2, … in the order of creation.
    public var number: Int
    public var status: Status
    /// The scenario document (JSON).
    public var scenario: Data
    /// The plan document (JSON, plan.schema.json).
    public var plan: Data
    /// Raised by every accepted change to a published version (bookings); 0 when published.
    public var revision: Int
    public var createdBy: Principal
    public var createdAt: Date
    /// When it was published; nil for a draft.
    public var publishedAt: Date?
    /// When its content last changed: publication, or the last accepted change after it.
    public var changedAt: Date

    public init(
        number: Int, status: Status, scenario: Data, plan: Data, revision: Int, createdBy: Principal,
        createdAt: Date, publishedAt: Date?, changedAt: Date
    ) {
        self.number = number
        self.status = status
        self.scenario = scenario
        self.plan = plan
        self.revision = revision
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.publishedAt = publishedAt
        self.changedAt = changedAt
    }
}
