import PlanningModel

/// A therapist with the municipality that employs them.
struct TherapistEntry: Sendable {
    let therapist: Therapist
    let municipality: Municipality
}

/// A need as a look-up key: (therapist, manual).
struct NeedKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    let therapist: String
    let manual: String

    var description: String { "\(therapist)/\(manual)" }

    static func < (lhs: NeedKey, rhs: NeedKey) -> Bool {
        (lhs.therapist, lhs.manual) < (rhs.therapist, rhs.manual)
    }
}

/// The scenario's entities by id. Duplicate ids (which validation rejects) keep the first.
struct ScenarioIndex: Sendable {
    let manuals: [String: Manual]
    let venues: [String: Venue]
    let psychologists: [String: Psychologist]
    let therapists: [String: TherapistEntry]
    let municipalities: [String: Municipality]
    let series: [String: MeetingSeries]
    /// Every need in document order.
    let needs: [NeedKey]
    let needSet: Set<NeedKey>

    init(scenario: Scenario) {
        func byID<T: Identifiable>(_ items: [T]) -> [String: T] where T.ID == String {
            Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        manuals = byID(scenario.manuals)
        venues = byID(scenario.venues)
        psychologists = byID(scenario.psychologists)
        municipalities = byID(scenario.municipalities)
        series = byID(scenario.meetings)
        var therapists: [String: TherapistEntry] = [:]
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists where therapists[therapist.id] == nil {
                therapists[therapist.id] = TherapistEntry(therapist: therapist, municipality: municipality)
            }
        }
        self.therapists = therapists
        var seen = Set<NeedKey>()
        needs = scenario.needs.map { NeedKey(therapist: $0.therapist, manual: $0.manual) }
            .filter { seen.insert($0).inserted }
        needSet = seen
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    var uniqued: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
