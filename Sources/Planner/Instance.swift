import PlanningModel

/// A scenario turned into dense integer tables, so that the search never touches strings,
/// dictionaries or `CalendarDay` arithmetic in its inner loops.
///
/// Days are indices into the horizon (0 = `horizon.from`); weeks and months are dense
/// indices of ISO weeks and calendar months touched by the horizon. Availability is a
/// bit mask per resource and day: bit 0 = free in the `am` slot, bit 1 = free in `pm`.
struct Instance: Sendable {
    let scenario: Scenario
    let calendar: PlanningCalendar
    let weights: Weights

    // MARK: Time
    let dayCount: Int
    let startOrdinal: Int
    /// Workdays of the horizon; a re-plan closes the days before `today` (no new activity there).
    var isWorkday: [Bool]
    let isSchoolHoliday: [Bool]
    let weekOf: [Int]
    let monthOf: [Int]
    let weekCount: Int
    let monthCount: Int

    // MARK: Entities
    let manuals: [Manual]
    let venueCount: Int
    let venueCapacity: [Int]
    let venueRooms: [Int]
    /// Venue availability masks, `v * dayCount + d`.
    let venueFree: [UInt8]

    let municipalityCount: Int
    /// `km(municipality, venue)`, `u * venueCount + v`.
    let municipalityKm: [Int]
    /// `km(venue, venue)`, `a * venueCount + b`.
    let venueKm: [Int]

    let therapistIDs: [String]
    let therapistMunicipality: [Int]
    /// Therapist availability masks, `t * dayCount + d`.
    let therapistFree: [UInt8]

    let psychologistIDs: [String]
    let psychologistHome: [Int]
    let maxDaysPerWeek: [Int]
    let maxDaysPerMonth: [Int]
    /// `certified[m]`: psychologist indices certified for manual `m`, ascending.
    let certified: [[Int]]
    /// Psychologist availability masks, `p * dayCount + d`.
    let psychologistFree: [UInt8]

    /// Every need, in scenario order.
    let needs: [NeedInfo]
    /// Need indices per manual.
    let needsOfManual: [[Int]]

    let series: [SeriesInfo]

    /// The base plan of a re-plan, nil when planning from scratch.
    var replan: ReplanContext?

    /// One need with its dense indices.
    struct NeedInfo: Sendable {
        let therapist: Int
        let manual: Int
        let municipality: Int
        /// Ordinal day of the municipality's `readyFrom`.
        let readyOrdinal: Int
        /// First horizon day index the therapist may be trained on.
        let readyIndex: Int
    }

    /// One meeting series with its dense indices and per-venue attendee travel.
    struct SeriesInfo: Sendable {
        let index: Int
        let count: Int
        let windowFrom: Int
        let windowTo: Int
        /// `G = ⌊(window.to − window.from) / count⌋` in days.
        let idealGap: Int
        let minGap: Int
        let slot: Slot
        let rotate: Bool
        /// Allowed venue indices whose capacity holds every attendee.
        let venues: [Int]
        /// Allowed venue indices as the scenario lists them (for diagnostics).
        let listedVenues: [Int]
        /// `Σ 2 × km(origin, venue)` over attendees, per venue index.
        let travel: [Int]
        /// Psychologist indices attending (sorted, unique).
        let psychologists: [Int]
        /// For each attendee psychologist, `2 × km(origin, venue)` is part of `travel`.
        let attendeeCount: Int
    }

    init(scenario: Scenario, calendar: PlanningCalendar) {
        self.scenario = scenario
        self.calendar = calendar
        weights = scenario.weights
        let start = scenario.horizon.from
        startOrdinal = start.ordinal
        dayCount = max(0, scenario.horizon.dayCount)
        let days = (0..<dayCount).map { start.adding(days: $0) }
        isWorkday = days.map { calendar.isWorkday($0) }
        isSchoolHoliday = days.map { calendar.isSchoolHoliday($0) }
        // ISO weeks start on Monday: a dense index from the Monday on or before the start.
        let mondayOrdinal = start.ordinal - start.weekday.isoIndex
        weekOf = days.map { ($0.ordinal - mondayOrdinal) / 7 }
        weekCount = (weekOf.last ?? 0) + 1
        let firstMonth = start.year * 12 + start.month - 1
        monthOf = days.map { $0.year * 12 + $0.month - 1 - firstMonth }
        monthCount = (monthOf.last ?? 0) + 1

        manuals = scenario.manuals
        let venues = scenario.venues
        venueCount = venues.count
        venueCapacity = venues.map(\.capacity)
        venueRooms = venues.map { max(0, $0.rooms) }
        var vIndex: [String: Int] = [:]
        for (i, v) in venues.enumerated() { vIndex[v.id] = i }
        func masks(_ resource: Resource) -> [UInt8] {
            calendar.availability(of: resource, on: days).map { ($0.am ? 1 : 0) | ($0.pm ? 2 : 0) }
        }
        venueFree = venues.flatMap { masks(.venue($0.id)) }
        let factor = scenario.travel.roadFactor
        municipalityCount = scenario.municipalities.count
        municipalityKm = scenario.municipalities.flatMap { u in
            venues.map { Distance.roadKm(u.location, $0.location, roadFactor: factor) }
        }
        venueKm = venues.flatMap { a in venues.map { Distance.roadKm(a.location, $0.location, roadFactor: factor) } }

        var mIndex: [String: Int] = [:]
        for (i, m) in scenario.manuals.enumerated() { mIndex[m.id] = i }
        var uIndex: [String: Int] = [:]
        for (i, u) in scenario.municipalities.enumerated() { uIndex[u.id] = i }

        var tIDs: [String] = []
        var tMunicipality: [Int] = []
        var tFree: [UInt8] = []
        var tIndex: [String: Int] = [:]
        for (u, municipality) in scenario.municipalities.enumerated() where municipality.stime {
            for therapist in municipality.therapists {
                tIndex[therapist.id] = tIDs.count
                tIDs.append(therapist.id)
                tMunicipality.append(u)
                tFree.append(contentsOf: masks(.therapist(therapist.id)))
            }
        }
        therapistIDs = tIDs
        therapistMunicipality = tMunicipality
        therapistFree = tFree

        let psychologists = scenario.psychologists
        psychologistIDs = psychologists.map(\.id)
        psychologistHome = psychologists.map { vIndex[$0.home] ?? 0 }
        maxDaysPerWeek = psychologists.map(\.maxDaysPerWeek)
        maxDaysPerMonth = psychologists.map(\.maxDaysPerMonth)
        certified = scenario.manuals.map { manual in
            psychologists.indices.filter { psychologists[$0].manuals.contains(manual.id) }
        }
        psychologistFree = psychologists.flatMap { masks(.psychologist($0.id)) }
        var pIndex: [String: Int] = [:]
        for (i, p) in psychologists.enumerated() { pIndex[p.id] = i }

        var needList: [NeedInfo] = []
        var perManual = [[Int]](repeating: [], count: scenario.manuals.count)
        for need in scenario.needs {
            guard let m = mIndex[need.manual], let t = tIndex[need.therapist], let u = uIndex[need.municipality]
            else { continue }
            let ready = scenario.readyFrom(of: scenario.municipalities[u]).ordinal
            perManual[m].append(needList.count)
            needList.append(
                NeedInfo(
                    therapist: t, manual: m, municipality: u, readyOrdinal: ready,
                    readyIndex: max(0, ready - start.ordinal)))
        }
        needs = needList
        needsOfManual = perManual

        var seriesList: [SeriesInfo] = []
        let kmUV = municipalityKm
        let kmVV = venueKm
        let vCount = venues.count
        for (i, s) in scenario.meetings.enumerated() {
            let listed = s.venues.compactMap { vIndex[$0] }
            let attendees = s.attendees.count
            let travel = (0..<vCount).map { v in
                s.attendees.reduce(0) { sum, a in
                    switch a.origin {
                    case .municipality(let id): sum + 2 * (uIndex[id].map { kmUV[$0 * vCount + v] } ?? 0)
                    case .venue(let id): sum + 2 * (vIndex[id].map { kmVV[$0 * vCount + v] } ?? 0)
                    }
                }
            }
            let psy = Array(Set(s.attendees.compactMap { $0.psychologist.flatMap { pIndex[$0] } })).sorted()
            seriesList.append(
                SeriesInfo(
                    index: i, count: s.count,
                    windowFrom: max(0, s.window.from.ordinal - start.ordinal),
                    windowTo: min(dayCount - 1, s.window.to.ordinal - start.ordinal),
                    idealGap: s.count > 0 ? (s.window.to.ordinal - s.window.from.ordinal) / s.count : 0,
                    minGap: max(1, s.minGapWeeks * 7), slot: s.slot, rotate: s.rotate,
                    venues: listed.filter { venues[$0].capacity >= attendees }, listedVenues: listed,
                    travel: travel, psychologists: psy, attendeeCount: attendees))
        }
        series = seriesList
    }

    // MARK: Helpers

    @inline(__always) func kmMunicipality(_ u: Int, _ v: Int) -> Int { municipalityKm[u * venueCount + v] }
    @inline(__always) func kmPsychologist(_ p: Int, _ v: Int) -> Int { venueKm[psychologistHome[p] * venueCount + v] }
    @inline(__always) func therapistMask(_ t: Int, _ d: Int) -> UInt8 { therapistFree[t * dayCount + d] }

    /// The calendar date of a day index.
    func day(_ index: Int) -> CalendarDay { CalendarDay(ordinal: startOrdinal + index) }

    /// Psychologist count.
    var psychologistCount: Int { psychologistIDs.count }
    /// Therapist count.
    var therapistCount: Int { therapistIDs.count }
}
