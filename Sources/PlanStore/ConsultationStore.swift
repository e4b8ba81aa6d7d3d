import Foundation

/// Consultation slots that BUA psychologists offer and tovholdere book (SERVICE.md).
///
/// Slots live in their own tables, apart from the plan documents. Every change is one
/// transaction with its audit row; a slot has at most one booking (the database's unique
/// key), so however many requests race for a slot, exactly one books it.
public protocol ConsultationStore: Sendable {
    /// Stores a new open slot of `psychologist`.
    ///
    /// - Throws: ``ConsultationError/overlapsSlot(_:)`` when another slot of theirs shares time with it.
    func offerConsultation(
        psychologist: String, times: ConsultationTimes, by who: Principal, at time: Date
    ) async throws -> ConsultationSlot

    /// Gives an open slot of `psychologist` new times.
    ///
    /// - Throws: ``ConsultationError/slotNotFound(_:)`` (also for another psychologist's slot),
    ///   ``ConsultationError/slotBooked(_:)``, ``ConsultationError/overlapsSlot(_:)``.
    func changeConsultation(
        id: Int, psychologist: String, times: ConsultationTimes, by who: Principal, at time: Date
    ) async throws -> ConsultationSlot

    /// Removes a slot of `psychologist`; its booking, if any, ends with it. Returns the slot as it was.
    ///
    /// - Throws: ``ConsultationError/slotNotFound(_:)``.
    func cancelConsultation(id: Int, psychologist: String, by who: Principal, at time: Date) async throws
        -> ConsultationSlot

    /// The slot with this id, nil when there is none.
    func consultation(id: Int) async throws -> ConsultationSlot?

    /// Slots in date and time order: those of `psychologist`, or every slot when nil.
    func consultations(psychologist: String?) async throws -> [ConsultationSlot]

    /// Books the slot for `booking`'s therapist, if it still has `revision` and nobody booked it.
    ///
    /// - Throws: ``ConsultationError/slotNotFound(_:)``, ``ConsultationError/slotChanged(_:)``,
    ///   ``ConsultationError/slotTaken(_:)``, ``ConsultationError/therapistBooked(_:)``.
    func bookConsultation(
        id: Int, revision: Int, booking: ConsultationBooking, by who: Principal
    ) async throws -> ConsultationSlot

    /// Ends the booking of a slot, when `party` is its psychologist or the municipality that booked it.
    ///
    /// - Throws: ``ConsultationError/bookingNotFound(_:)`` for a slot without a booking the party may end.
    func cancelConsultationBooking(id: Int, as party: ConsultationParty, by who: Principal, at time: Date)
        async throws
}
