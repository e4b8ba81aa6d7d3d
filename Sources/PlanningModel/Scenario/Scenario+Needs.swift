/// A need: one therapist to be trained in one manual.
public struct Need: Hashable, Sendable, CustomStringConvertible {
    public let therapist: String
    public let manual: String
    /// The therapist's municipality.
    public let municipality: String

    public init(therapist: String, manual: String, municipality: String) {
        self.therapist = therapist
        self.manual = manual
        self.municipality = municipality
    }

    public var description: String { "\(therapist)/\(manual)" }
}

extension Scenario {
    /// Every need (therapist, manual) of municipalities in STIME, in document order.
    public var needs: [Need] {
        municipalities.filter(\.stime).flatMap { municipality in
            municipality.therapists.flatMap { therapist in
                therapist.manuals.map { Need(therapist: therapist.id, manual: $0, municipality: municipality.id) }
            }
        }
    }

    /// The first date a municipality's staff can be trained: its `readyFrom` or the horizon start.
    public func readyFrom(of municipality: Municipality) -> CalendarDay {
        municipality.readyFrom ?? horizon.from
    }

    public func manual(_ id: String) -> Manual? { manuals.first { $0.id == id } }
    public func venue(_ id: String) -> Venue? { venues.first { $0.id == id } }
    public func municipality(_ id: String) -> Municipality? { municipalities.first { $0.id == id } }
    public func psychologist(_ id: String) -> Psychologist? { psychologists.first { $0.id == id } }
    public func meetingSeries(_ id: String) -> MeetingSeries? { meetings.first { $0.id == id } }

    /// The therapist with the given id and the municipality that employs them.
    public func therapist(_ id: String) -> (therapist: Therapist, municipality: Municipality)? {
        for municipality in municipalities {
            if let therapist = municipality.therapists.first(where: { $0.id == id }) {
                return (therapist, municipality)
            }
        }
        return nil
    }
}
