import PlanningModel

/// A person who can clash: a therapist or a psychologist, by id.
private enum Person: Hashable {
    case therapist(String)
    case psychologist(String)

    var id: String {
        switch self {
        case .therapist(let id), .psychologist(let id): id
        }
    }

    /// The key of the person's kind in the wording (`person.therapist`).
    var kind: String {
        switch self {
        case .therapist: "person.therapist"
        case .psychologist: "person.psychologist"
        }
    }
}

private struct PersonDay: Hashable {
    let person: Person
    let date: CalendarDay
}

extension PlanChecker {
    /// H7: nobody has two activities in one slot of one date (a training day fills both
    /// slots; psychologists attending meetings count), and a psychologist is at no more than
    /// one physical venue on one date.
    func checkClashes(_ facts: PlanFacts) -> [Violation] {
        var order: [PersonDay] = []
        var byPersonDay: [PersonDay: [Int]] = [:]
        for (position, activity) in facts.activities.enumerated() where facts.isJudged(activity.date) {
            let people = activity.therapists.map(Person.therapist) + activity.psychologists.map(Person.psychologist)
            for person in people {
                let key = PersonDay(person: person, date: activity.date)
                if byPersonDay[key] == nil { order.append(key) }
                byPersonDay[key, default: []].append(position)
            }
        }
        var violations: [Violation] = []
        for key in order {
            let positions = byPersonDay[key] ?? []
            guard positions.count > 1 else { continue }
            let activities = positions.map { facts.activities[$0] }
            for first in activities.indices {
                for second in activities.indices where second > first {
                    let shared = Slot.allCases.filter {
                        activities[first].slots.contains($0) && activities[second].slots.contains($0)
                    }
                    guard !shared.isEmpty else { continue }
                    violations.append(
                        Violation(
                            rule: .h7,
                            message: words(
                                "h7.clash",
                                [
                                    "person": words(key.person.kind), "id": key.person.id,
                                    "first": activities[first].label, "second": activities[second].label,
                                    "slots": words.slots(shared),
                                ]),
                            entities: [key.person.id, activities[first].owner, activities[second].owner]))
                }
            }
            if case .psychologist = key.person {
                let venues = activities.compactMap(\.venue).uniqued
                if venues.count > 1 {
                    violations.append(
                        Violation(
                            rule: .h7,
                            message: words(
                                "h7.venues",
                                [
                                    "psychologist": key.person.id, "count": String(venues.count),
                                    "day": key.date.description, "venues": venues.joined(separator: ", "),
                                ]),
                            entities: [key.person.id] + venues))
                }
            }
        }
        return violations
    }
}
