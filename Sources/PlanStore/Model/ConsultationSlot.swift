import Foundation

/// When and where a consultation slot is: what a psychologist offers or changes.
public struct ConsultationTimes: Sendable, Equatable {
    /// How the consultation is held.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// At a venue of the scenario.
        case physical
        /// Online; no venue.
        case virtual
    }

    /// The date, `YYYY-MM-DD`.
    public var day: String
    /// Minutes after midnight, local time.
    public var startMinute: Int
    /// How long it lasts.
    public var minutes: Int
    public var mode: Mode
    /// The venue id when physical, nil when virtual.
    public var venue: String?

    public init(day: String, startMinute: Int, minutes: Int, mode: Mode, venue: String?) {
        self.day = day
        self.startMinute = startMinute
        self.minutes = minutes
        self.mode = mode
        self.venue = venue
    }

    /// Minutes after midnight at which it ends.
    public var endMinute: Int { startMinute + minutes }

    /// Whether the two share a minute (on the same day); one ending when the other starts does not.
    public func overlaps(_ other: ConsultationTimes) -> Bool {
        day == other.day && startMinute < other.endMinute && other.startMinute < endMinute
    }
}

/// A tovholder's booking of a consultation slot, for one of their municipality's therapists.
public struct ConsultationBooking: Sendable, Equatable {
    public var therapist: String
    /// The municipality whose tovholder booked it.
    public var municipality: String
    /// What the consultation is about: at most 200 characters, no child data.
    public var topic: String
    public var bookedAt: Date

    public init(therapist: String, municipality: String, topic: String, bookedAt: Date) {
        self.therapist = therapist
        self.municipality = municipality
        self.topic = topic
        self.bookedAt = bookedAt
    }
}

/// A consultation slot a BUA psychologist offers, open or booked.
public struct ConsultationSlot: Sendable, Equatable {
    public var id: Int
    /// The psychologist's id.
    public var psychologist: String
    public var times: ConsultationTimes
    /// Raised by every change of the times; a booking names the revision it saw.
    public var revision: Int
    /// nil while the slot is open.
    public var booking: ConsultationBooking?

    public init(id: Int, psychologist: String, times: ConsultationTimes, revision: Int, booking: ConsultationBooking?) {
        self.id = id
        self.psychologist = psychologist
        self.times = times
        self.revision = revision
        self.booking = booking
    }
}

/// Who acts on a booking: the psychologist whose slot it is, or the tovholder of a municipality.
public enum ConsultationParty: Sendable, Equatable {
    case psychologist(String)
    case municipality(String)
}
