/// Why the store refused a change to a consultation slot. Nothing was changed.
public enum ConsultationError: Error, Sendable, Equatable {
    /// No such slot, or not one the party may see.
    case slotNotFound(Int)
    /// The slot has no booking (that the party may see).
    case bookingNotFound(Int)
    /// Another slot of the same psychologist shares time with it.
    case overlapsSlot(ConsultationSlot)
    /// Somebody booked the slot first.
    case slotTaken(Int)
    /// A booked slot cannot be changed (cancel it instead: the booking ends).
    case slotBooked(Int)
    /// The slot changed since the caller read it.
    case slotChanged(Int)
    /// The therapist has another consultation at an overlapping time.
    case therapistBooked(ConsultationSlot)
}
