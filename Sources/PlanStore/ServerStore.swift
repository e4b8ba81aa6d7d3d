/// Everything the server stores: the plan versions, tokens, feeds and audit of
/// ``ServiceStore``, the browser sessions of ``SessionStore``, the lead's views of
/// ``LeadStore``, the bookings of ``BookingStore``, the answers of ``IdempotencyStore``, the
/// meetings' agenda links and notes of ``MeetingDetailsStore``, the consultation slots of
/// ``ConsultationStore`` and the feeds' stamps of ``FeedStampStore``. ``SQLServiceStore`` is
/// all of them.
public typealias ServerStore = ServiceStore & SessionStore & LeadStore & BookingStore & IdempotencyStore
    & MeetingDetailsStore & ConsultationStore & FeedStampStore
