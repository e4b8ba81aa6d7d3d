import Foundation

/// When a calendar feed's content last changed: the digest of its content (its text with a
/// fixed `DTSTAMP`) and the time that content was first published.
public struct FeedStamp: Sendable, Equatable {
    /// A hash of the feed's content, the same whatever its `DTSTAMP`.
    public var digest: String
    /// The time of the change that gave the feed this content.
    public var changedAt: Date

    public init(digest: String, changedAt: Date) {
        self.digest = digest
        self.changedAt = changedAt
    }
}
