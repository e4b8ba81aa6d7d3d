import Foundation
import PlanStore
import PlanningModel

/// A consultation slot as the API shows it, with the names of its psychologist, venue and
/// (when booked) therapist and municipality from the published scenario.
struct ConsultationView: Encodable, Equatable {
    struct Booking: Encodable, Equatable {
        let therapist: String
        let therapistName: String?
        let municipality: String
        let topic: String
        /// ISO 8601, UTC.
        let bookedAt: String
    }

    let id: Int
    let psychologist: String
    let psychologistName: String?
    let date: String
    let start: String
    let end: String
    let minutes: Int
    let mode: String
    /// nil when virtual.
    let venue: String?
    let venueName: String?
    /// `open` or `booked`.
    let status: String
    let booking: Booking?

    init(_ slot: ConsultationSlot, scenario: Scenario) {
        id = slot.id
        psychologist = slot.psychologist
        psychologistName = scenario.psychologist(slot.psychologist)?.name
        date = slot.times.day
        start = ConsultationRules.clock(slot.times.startMinute)
        end = ConsultationRules.clock(slot.times.endMinute)
        minutes = slot.times.minutes
        mode = slot.times.mode.rawValue
        venue = slot.times.venue
        venueName = slot.times.venue.flatMap { venue in scenario.venue(venue)?.name }
        status = slot.booking == nil ? "open" : "booked"
        booking = slot.booking.map { booking in
            Booking(
                therapist: booking.therapist,
                therapistName: scenario.municipality(booking.municipality)?.therapists
                    .first { $0.id == booking.therapist }?.name,
                municipality: booking.municipality, topic: booking.topic,
                bookedAt: ISO8601DateFormatter().string(from: booking.bookedAt))
        }
    }
}
