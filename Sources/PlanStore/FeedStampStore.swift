import Foundation

/// The ``FeedStamp`` of each calendar feed, by file name (`municipality-aarhus`).
///
/// A feed's `DTSTAMP` and `Last-Modified` are the time its own content last changed, so a
/// change of the published content changes the bytes and ETag of the feeds it touches only.
/// The stamps are stored so that a restart, or another server process, serves the same bytes.
public protocol FeedStampStore: Sendable {
    /// Every stored stamp, by file name.
    func feedStamps() async throws -> [String: FeedStamp]

    /// Stores `stamps` in one transaction. A stored stamp whose `changedAt` is later than the
    /// one given stays (a process that rendered an older version does not undo a newer one).
    func recordFeedStamps(_ stamps: [String: FeedStamp]) async throws
}
