/// Everything the server stores: the plan versions, tokens, feeds and audit of
/// ``ServiceStore``, the browser sessions of ``SessionStore`` and the lead's views of
/// ``LeadStore``, the bookings of ``BookingStore`` and the answers of ``IdempotencyStore``.
/// ``SQLServiceStore`` is all of them.
public typealias ServerStore = ServiceStore & SessionStore & LeadStore & BookingStore & IdempotencyStore
