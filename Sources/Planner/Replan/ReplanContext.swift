import PlanningModel

/// The base plan of a re-plan in the instance's dense indices (REPLAN.md): which of it is
/// fixed (history H13, pins H14), and the tables behind the perturbation term S11.
///
/// The search sees a base cohort through a cohort's ``CohortState/tag`` (the index of the
/// base cohort whose id it keeps, or -1 for a new one) and a base group through
/// ``GroupState/tag``. Everything before ``todayIndex`` is closed to new activities: the
/// replanning instance treats those days as non-workdays.
struct ReplanContext: Sendable {
    /// What the re-plan was asked for (suggestions are verified by re-planning it).
    let request: ReplanRequest
    /// The day index of `today` (negative or beyond the horizon when it lies outside).
    let todayIndex: Int
    /// `weights.perturbation`.
    let weight: Int
    /// The base cohorts, in base order.
    let cohorts: [BaseCohort]
    /// Per series of the instance, the base meetings by 0-based index (nil where the base had none).
    let meetings: [[BaseMeeting?]]
    /// Per series of the instance, the number of distinct people attending it.
    let seriesPeople: [Int]
    /// Person index of each instance therapist and psychologist.
    let therapistPerson: [Int]
    let psychologistPerson: [Int]
    /// Unweighted S11 of a plan without any base cohort: every base training day and
    /// session on or after today lost by everyone who had it.
    let removalCount: Int
    /// Every cohort and group id the base used (new ones must avoid them).
    let usedIDs: Set<String>

    /// One base cohort.
    struct BaseCohort: Sendable {
        let id: String
        /// Manual index, -1 when the scenario no longer has the manual.
        let manual: Int
        /// Venue index, -1 when the scenario no longer has the venue.
        let venue: Int
        /// Psychologist indices of the trainers still in the scenario, ascending.
        let trainers: [Int]
        /// Whether every base trainer is still in the scenario.
        let allTrainersKept: Bool
        /// Training days as day indices (possibly outside the horizon).
        let days: [Int]
        /// Need indices of the participants who still need the manual, ascending.
        let members: [Int]
        /// Person indices of the participants and trainers still in the scenario, ascending.
        let people: [Int]
        let groups: [BaseGroup]
        /// Started before today (H13): days, venue, trainers and participants are kept.
        let started: Bool
        /// Pinned (H14): kept exactly, groups included.
        let pinned: Bool
        /// Unweighted S11 of losing the cohort: its people over its keys on or after today.
        let removal: Int
    }

    /// One base supervision group.
    struct BaseGroup: Sendable {
        let id: String
        /// Psychologist index, -1 when no longer in the scenario.
        let supervisor: Int
        /// Venue index; nil when virtual or when the scenario no longer has the venue.
        let venue: Int?
        /// Whether the base venue is one the scenario no longer has.
        let venueGone: Bool
        let slot: Slot
        let sessions: [Int]
        /// Need indices of the members who still need the manual, ascending.
        let members: [Int]
        /// Person indices of members and supervisor still in the scenario, ascending.
        let people: [Int]
    }

    /// One base meeting.
    struct BaseMeeting: Sendable {
        let day: Int
        /// Venue index, -1 when the scenario no longer has the venue.
        let venue: Int
        /// Before today or pinned: kept as it is.
        let fixed: Bool
    }

    init(instance: Instance, request: ReplanRequest) {
        self.request = request
        let scenario = instance.scenario
        let base = request.base
        todayIndex = request.today.ordinal - instance.startOrdinal
        weight = scenario.weights.perturbation
        let today = todayIndex

        var personIndex: [String: Int] = [:]
        func person(_ key: String) -> Int {
            if let i = personIndex[key] { return i }
            personIndex[key] = personIndex.count
            return personIndex.count - 1
        }
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists { _ = person("t:\(therapist.id)") }
        }
        for p in scenario.psychologists { _ = person("p:\(p.id)") }
        therapistPerson = instance.therapistIDs.map { person("t:\($0)") }
        psychologistPerson = instance.psychologistIDs.map { person("p:\($0)") }
        let known = personIndex

        var manualIndex: [String: Int] = [:]
        for (i, m) in instance.manuals.enumerated() { manualIndex[m.id] = i }
        var venueIndex: [String: Int] = [:]
        for (i, v) in scenario.venues.enumerated() { venueIndex[v.id] = i }
        var psychologistIndex: [String: Int] = [:]
        for (i, p) in instance.psychologistIDs.enumerated() { psychologistIndex[p] = i }
        var needIndex: [String: Int] = [:]
        for (n, need) in instance.needs.enumerated() {
            needIndex["\(instance.therapistIDs[need.therapist])/\(instance.manuals[need.manual].id)"] = n
        }
        let pins = request.pins
        let pinnedCohorts = Set(base.supervisionGroups.filter { pins.groups.contains($0.id) }.map(\.cohort))
            .union(pins.cohorts)
            .union(
                base.supervisionGroups.filter { g in pins.memberships.contains { $0.group == g.id } }.map(\.cohort))

        let start = instance.startOrdinal
        func dayIndex(_ day: CalendarDay) -> Int { day.ordinal - start }
        func people(_ therapists: [String], _ psychologists: [String]) -> [Int] {
            Array(Set(therapists.compactMap { known["t:\($0)"] } + psychologists.compactMap { known["p:\($0)"] }))
                .sorted()
        }

        var removal = 0
        var list: [BaseCohort] = []
        for cohort in base.cohorts {
            let m = manualIndex[cohort.manual] ?? -1
            let members = cohort.participants.compactMap { needIndex["\($0)/\(cohort.manual)"] }.sorted()
            let trainers = cohort.trainers.compactMap { psychologistIndex[$0] }.sorted()
            let cohortPeople = people(cohort.participants, cohort.trainers)
            let days = cohort.days.map(dayIndex)
            var cost = days.filter { $0 >= today }.count * cohortPeople.count
            let groups = base.supervisionGroups.filter { $0.cohort == cohort.id }.map { g in
                let groupPeople = people(g.members, [g.supervisor])
                let sessions = g.sessions.map(dayIndex)
                cost += sessions.filter { $0 >= today }.count * groupPeople.count
                return BaseGroup(
                    id: g.id, supervisor: psychologistIndex[g.supervisor] ?? -1,
                    venue: g.venue.flatMap { venueIndex[$0] },
                    venueGone: g.venue.map { venueIndex[$0] == nil } ?? false,
                    slot: g.slot,
                    sessions: sessions, members: g.members.compactMap { needIndex["\($0)/\(cohort.manual)"] }.sorted(),
                    people: groupPeople)
            }
            removal += cost
            let started = (days.min() ?? Int.max) < today
            list.append(
                BaseCohort(
                    id: cohort.id, manual: m, venue: venueIndex[cohort.venue] ?? -1, trainers: trainers,
                    allTrainersKept: trainers.count == cohort.trainers.count, days: days, members: members,
                    people: cohortPeople, groups: groups, started: started, pinned: pinnedCohorts.contains(cohort.id),
                    removal: cost))
        }
        cohorts = list
        removalCount = removal
        usedIDs = Set(base.cohorts.map(\.id) + base.supervisionGroups.map(\.id))

        meetings = scenario.meetings.map { series in
            let planned = base.meetings.filter { $0.series == series.id }
            let count = max(series.count, planned.map(\.index).max() ?? 0)
            var row = [BaseMeeting?](repeating: nil, count: count)
            for meeting in planned where meeting.index >= 1 {
                let day = dayIndex(meeting.date)
                let pinned = pins.meetings.contains(.meeting(series: series.id, index: meeting.index))
                row[meeting.index - 1] = BaseMeeting(
                    day: day, venue: venueIndex[meeting.venue] ?? -1, fixed: day < today || pinned)
            }
            return row
        }
        seriesPeople = scenario.meetings.map { series in
            Set(series.attendees.map(\.identity)).count
        }
    }

    /// Whether base cohort `tag` is kept exactly (history or pins).
    func isFrozen(_ tag: Int) -> Bool { tag >= 0 && cohorts[tag].frozen }
}

extension ReplanContext.BaseCohort {
    /// Kept by the search as the start made it: started (H13) or pinned (H14).
    var frozen: Bool { started || pinned }
}
