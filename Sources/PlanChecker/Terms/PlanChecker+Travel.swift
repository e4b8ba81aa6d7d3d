import PlanningModel

extension PlanChecker {
    /// S2: for every physical activity date, a round trip `2 × km(origin, venue)` for every
    /// person present — a training day's participants and trainers, a physical supervision
    /// session's members (all of them, also one who is away that day) and supervisor, a
    /// meeting's attendees.
    ///
    /// Contributions are single journeys; journeys of 0 km are left out.
    func travel(_ facts: PlanFacts) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        var journeys: [Contribution] = []
        func go(_ who: String, from origin: GeoPoint, to venue: Venue, for what: String, entities: [String]) {
            let km = Distance.roadKm(origin, venue.location, roadFactor: scenario.travel.roadFactor)
            guard km > 0 else { return }
            journeys.append(
                Contribution(
                    label: words("s2.label", ["who": who, "venue": venue.id, "what": what, "km": String(km)]),
                    entities: entities + [venue.id], amount: 2 * km))
        }
        for cohort in facts.plan.cohorts {
            guard let venue = index.venues[cohort.venue] else { continue }
            for day in cohort.days.uniqued {
                let what = words("activity.training", ["cohort": cohort.id, "day": day.description])
                travelOfTherapists(cohort.participants, what: what, owner: cohort.id, venue: venue, go: go)
                travelOfPsychologists(cohort.trainers, what: what, owner: cohort.id, venue: venue, go: go)
            }
        }
        for group in facts.plan.supervisionGroups {
            guard let venueID = group.physicalVenue(index: index), let venue = index.venues[venueID] else { continue }
            for day in group.sessions.uniqued {
                let what = words("s2.session", ["group": group.id, "day": day.description])
                travelOfTherapists(group.members, what: what, owner: group.id, venue: venue, go: go)
                travelOfPsychologists([group.supervisor], what: what, owner: group.id, venue: venue, go: go)
            }
        }
        for meeting in facts.plan.meetings {
            guard let series = index.series[meeting.series], let venue = index.venues[meeting.venue] else { continue }
            for attendee in series.attendees {
                let origin: GeoPoint? =
                    switch attendee.origin {
                    case .municipality(let id): index.municipalities[id]?.location
                    case .venue(let id): index.venues[id]?.location
                    }
                guard let origin else { continue }
                go(
                    attendee.name, from: origin, to: venue,
                    for: words(
                        "s2.meeting",
                        ["series": series.id, "index": String(meeting.index), "day": meeting.date.description]),
                    entities: [series.id])
            }
        }
        return summed(.s2, journeys)
    }

    private typealias Journey = (String, GeoPoint, Venue, String, [String]) -> Void

    private func travelOfTherapists(_ ids: [String], what: String, owner: String, venue: Venue, go: Journey) {
        for id in ids.uniqued {
            guard let entry = index.therapists[id] else { continue }
            go(id, entry.municipality.location, venue, what, [id, owner])
        }
    }

    private func travelOfPsychologists(_ ids: [String], what: String, owner: String, venue: Venue, go: Journey) {
        for id in ids.uniqued {
            guard let psychologist = index.psychologists[id], let home = index.venues[psychologist.home] else {
                continue
            }
            go("\(id) (\(psychologist.name))", home.location, venue, what, [id, owner])
        }
    }
}
