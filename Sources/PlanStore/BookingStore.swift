import Foundation

/// The storage of bookings: changes to the published version by tovholdere and the lead,
/// each a new revision decided and written while the version is held, so that concurrent
/// bookings (from however many server processes) happen one after the other.
public protocol BookingStore: Sendable {
    /// Holds the published version (a row lock on PostgreSQL, the write lock on SQLite),
    /// asks `decide` what to do, and writes what it decided (the revision, its seats, the
    /// waitlist and the audit row) in the same transaction.
    ///
    /// `decide` may run more than once (when PostgreSQL reports a deadlock or serialization
    /// failure the transaction is run again): it must only compute.
    ///
    /// - Throws: ``StoreError/nothingPublished`` before the first publication; whatever
    ///   `decide` throws (nothing is written then, not even the audit row).
    func book<Answer: Sendable>(
        by who: Principal, at time: Date,
        _ decide: @escaping @Sendable (BookingState) throws -> BookingDecision<Answer>
    ) async throws -> Answer

    /// The therapists waiting for a seat, first in line first.
    func waitlist() async throws -> [WaitlistEntry]

    /// The memberships tovholdere made in the published version (a re-plan pins them), with
    /// the version and revision they belong to; nil when no booking was made in it.
    func bookedMemberships() async throws -> (version: Int, memberships: [Membership])?

    /// Every group's stored seat counter beside the seats counted from the membership rows,
    /// and the version and revision they mirror; nil before the first booking.
    func seatCounts() async throws -> (head: VersionHead, seats: [SeatCount])?

    /// Writes one audit row on its own (a refused attempt that read nothing).
    func audit(_ record: AuditRecord, by who: Principal, at time: Date) async throws
}
