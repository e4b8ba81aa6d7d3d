import Foundation

/// The agenda links and notes of meetings (``MeetingDetails``).
///
/// Details are part of what the feeds show, so a change of them is a change of the published
/// content: one transaction stores them, writes the audit row and makes a new revision of
/// the published version whose plan raises the meeting's SEQUENCE.
public protocol MeetingDetailsStore: Sendable {
    /// The details of every meeting that has some, by series then index.
    func meetingDetails() async throws -> [MeetingDetails]

    /// Stores one meeting's details (both nil: removes them).
    ///
    /// When they differ from the stored ones, the published version gets a new revision: its
    /// plan document becomes what `revising` returns for it (the same plan with the meeting's
    /// SEQUENCE raised), its revision is raised and its time of change is `time`. Equal details
    /// change nothing.
    ///
    /// - Returns: whether anything changed.
    /// - Throws: ``StoreError/versionNotFound(_:)`` (0) when nothing is published, or what
    ///   `revising` throws (nothing is changed then).
    func setMeetingDetails(
        _ details: MeetingDetails, by who: Principal, at time: Date,
        revising: @escaping @Sendable (_ published: PlanVersion) throws -> Data
    ) async throws -> Bool
}
