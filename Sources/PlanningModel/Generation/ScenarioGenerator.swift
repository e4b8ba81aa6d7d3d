import Foundation

/// Makes synthetic, valid STIME scenarios of any size for benchmarks and tests
/// (`stime-planner generate --municipalities N [--seed S]`).
///
/// The shape follows the Region Midtjylland scenario: the five STIME manuals with its
/// training and supervision rules; municipalities on Denmark's land (Jutland, Funen,
/// Zealand, Lolland-Falster, Bornholm), most of them in STIME with 1–5 manuals and 2–12
/// therapists; BUA psychologists in proportion to the needs (about one per ten, at
/// least three certified per manual in use) with 2–3 certifications and 1–3 days a
/// week; regional venues, about one per five municipalities; per region of up to 20
/// municipalities an implementation group and a tovholder network; a 17-month horizon
/// from February 2026 with Danish school holidays and the usual closed days.
///
/// Everything comes from one seeded SplitMix64 and arrays in a fixed order, so a seed
/// gives the same scenario, byte for byte in ``jsonData(_:)``, on every run and platform.
/// Names are made up ("Behandler 12", "Psykolog 3"); there is no personal data.
public struct ScenarioGenerator: Sendable {
    /// Number of municipalities (at least 1).
    public let municipalities: Int
    /// The seed of the random sequence.
    public let seed: UInt64

    /// Prepares a generator.
    ///
    /// - Parameters:
    ///   - municipalities: how many municipalities the scenario has; at least 1.
    ///   - seed: any value; the same seed gives the same scenario.
    /// - Precondition: `municipalities >= 1`.
    public init(municipalities: Int, seed: UInt64 = 1) {
        precondition(municipalities >= 1, "a scenario needs at least one municipality")
        self.municipalities = municipalities
        self.seed = seed
    }

    static let horizon = DateRange(
        from: CalendarDay(year: 2026, month: 2, day: 2), to: CalendarDay(year: 2027, month: 6, day: 30))
    /// Municipalities per implementation group (the real group has 19).
    static let regionSize = 20

    /// Builds the scenario.
    public func generate() -> Scenario {
        var random = GeneratorRandom(seed: seed)
        let manuals = Self.manuals
        let locations = spreadLocations(count: municipalities, using: &random)
        let venues = makeVenues(locations: locations, using: &random)
        var towns = makeMunicipalities(locations: locations, venues: venues, manuals: manuals, using: &random)
        towns.sort { ($0.cluster ?? "", $0.id) < ($1.cluster ?? "", $1.id) }
        let psychologists = makePsychologists(municipalities: towns, venues: venues, manuals: manuals, using: &random)
        let meetings = makeMeetings(municipalities: towns, venues: venues, psychologists: psychologists)
        return Scenario(
            name:
                "Syntetisk STIME-scenarie, \(municipalities) \(municipalities == 1 ? "kommune" : "kommuner") (seed \(seed))",
            horizon: Self.horizon,
            calendar: Self.calendar,
            manuals: manuals,
            venues: venues,
            municipalities: towns.sorted { $0.id < $1.id },
            psychologists: psychologists,
            meetings: meetings
        )
    }

    // MARK: Calendar

    static var calendar: CalendarSettings {
        let years = horizon.from.year...horizon.to.year
        var closed: [DateRange] = []
        for year in years {
            let grundlovsdag = CalendarDay(year: year, month: 6, day: 5)
            if horizon.contains(grundlovsdag) {
                closed.append(DateRange(from: grundlovsdag, to: grundlovsdag, name: "Grundlovsdag"))
            }
            let christmasEve = CalendarDay(year: year, month: 12, day: 24)
            if horizon.contains(christmasEve) {
                closed.append(
                    DateRange(
                        from: christmasEve, to: CalendarDay(year: year + 1, month: 1, day: 1),
                        name: "Jul og nytår"))
            }
        }
        let school = years.flatMap(SchoolHolidayPattern.holidays(year:)).filter {
            $0.to >= horizon.from && $0.from <= horizon.to
        }
        return CalendarSettings(closed: closed, schoolHolidays: school)
    }

    // MARK: Manuals

    /// The five STIME manuals with the default scenario's rules.
    static var manuals: [Manual] {
        [
            Manual(
                id: "uro", title: "Når uro, opmærksomhed eller impulsivitet er en udfordring",
                shortTitle: "Uro og opmærksomhed",
                training: TrainingRules(
                    days: 3, minGapDays: 7, maxGapDays: 35, cohortMin: 6, cohortMax: 14, trainers: 2),
                supervision: SupervisionRules(
                    sessions: 6, everyWeeks: 4, groupMax: 8, startWithinWeeks: 6,
                    mode: .physical, slot: .any, durationMinutes: 150)),
            Manual(
                id: "angst-tristhed", title: "Når bekymring eller tristhed fylder for meget",
                shortTitle: "Bekymring og tristhed",
                training: TrainingRules(
                    days: 3, minGapDays: 7, maxGapDays: 35, cohortMin: 6, cohortMax: 16, trainers: 2),
                supervision: SupervisionRules(
                    sessions: 8, everyWeeks: 4, groupMax: 8, startWithinWeeks: 6,
                    mode: .physical, slot: .any, durationMinutes: 150)),
            Manual(
                id: "krop-mad", title: "Når tanker om krop og mad fylder for meget", shortTitle: "Krop og mad",
                training: TrainingRules(
                    days: 2, minGapDays: 7, maxGapDays: 28, cohortMin: 5, cohortMax: 12, trainers: 2),
                supervision: SupervisionRules(
                    sessions: 6, everyWeeks: 5, groupMax: 6, startWithinWeeks: 8,
                    mode: .virtual, slot: .pm, durationMinutes: 120)),
            Manual(
                id: "selvskade", title: "Når svære følelser fører til selvskade", shortTitle: "Selvskade",
                training: TrainingRules(
                    days: 3, minGapDays: 7, maxGapDays: 35, cohortMin: 6, cohortMax: 14, trainers: 2),
                supervision: SupervisionRules(
                    sessions: 8, everyWeeks: 4, groupMax: 8, startWithinWeeks: 6,
                    mode: .physical, slot: .any, durationMinutes: 150)),
            Manual(
                id: "ocd", title: "Når gentagne tanker og handlinger tager styringen",
                shortTitle: "Gentagne tanker og handlinger",
                training: TrainingRules(
                    days: 2, minGapDays: 7, maxGapDays: 28, cohortMin: 5, cohortMax: 12, trainers: 2),
                supervision: SupervisionRules(
                    sessions: 6, everyWeeks: 6, groupMax: 6, startWithinWeeks: 8,
                    mode: .virtual, slot: .am, durationMinutes: 120)),
        ]
    }

    /// Interventions a municipality may run instead of a manual (shown in the report only).
    static let alternatives: [String: [String]] = [
        "uro": ["Mestringsluppen", "De Utrolige År"],
        "angst-tristhed": ["Cool Kids", "Chilled"],
        "krop-mad": ["Eget familieforløb"],
        "selvskade": ["Eget forløb i PPR"],
        "ocd": ["Eget forløb i PPR"],
    ]

    // MARK: Places

    /// Best-candidate sampling (Mitchell 1991): each new town is the one of ten random
    /// land points farthest from the towns so far, so towns spread out like real ones.
    private func spreadLocations(count: Int, using random: inout GeneratorRandom) -> [GeoPoint] {
        var points: [GeoPoint] = []
        points.reserveCapacity(count)
        for _ in 0..<count {
            var best = DenmarkLand.randomPoint(using: &random)
            var bestDistance = -1.0
            for _ in 0..<10 {
                let candidate = DenmarkLand.randomPoint(using: &random)
                let nearest = points.map { Self.planarDistance($0, candidate) }.min() ?? 0
                if nearest > bestDistance {
                    best = candidate
                    bestDistance = nearest
                }
            }
            points.append(GeoPoint(lat: Self.round3(best.lat), lon: Self.round3(best.lon)))
        }
        return points
    }

    /// Venues at spread-out towns (farthest-point order): the first third are BUA-like
    /// hospital sites with two rooms, the rest regional meeting centres.
    private func makeVenues(locations: [GeoPoint], using random: inout GeneratorRandom) -> [Venue] {
        let count = max(2, Int((Double(locations.count) / 5).rounded()))
        var chosen: [Int] = [random.int(in: 0...(locations.count - 1))]
        while chosen.count < count {
            var best = 0
            var bestDistance = -1.0
            for (index, point) in locations.enumerated() {
                let nearest = chosen.map { Self.planarDistance(locations[$0], point) }.min() ?? 0
                let distance = chosen.contains(index) ? -1 : nearest
                if distance > bestDistance {
                    best = index
                    bestDistance = distance
                }
            }
            // With fewer towns than venues a town hosts two (best is then town 0): the second is a meeting centre.
            chosen.append(best)
        }
        let hospitals = Self.hospitalCount(venues: count)
        let width = max(2, String(count).count)
        return chosen.enumerated().map { index, town in
            let number = index + 1
            let base = locations[town]
            // A few kilometres from the town hall, staying on land.
            var location = base
            for _ in 0..<20 {
                let candidate = GeoPoint(
                    lat: Self.round3(base.lat + random.double(in: -0.03...0.03)),
                    lon: Self.round3(base.lon + random.double(in: -0.05...0.05)))
                if DenmarkLand.isLand(candidate) {
                    location = candidate
                    break
                }
            }
            let id = "venue-" + Self.pad(number, width)
            var unavailable: [DateRange] = []
            if random.chance(0.1) {
                let start = Self.horizon.from.adding(days: 7 * random.int(in: 4...60))
                unavailable.append(
                    DateRange(
                        from: start, to: start.adding(days: 7 * random.int(in: 1...3) - 3),
                        name: "Renovering"))
            }
            if index < hospitals {
                return Venue(
                    id: id, name: "Børne- og Ungdomspsykiatrien, afsnit \(number)", address: "Hospitalsvej \(number)",
                    location: location, capacity: 36, rooms: 2, unavailable: unavailable)
            }
            return Venue(
                id: id, name: "Regionalt mødecenter \(number)", address: "Mødevej \(number)", location: location,
                capacity: random.pick([40, 48, 60, 80]), rooms: random.chance(0.3) ? 2 : 1, unavailable: unavailable)
        }
    }

    // MARK: Municipalities and therapists

    private func makeMunicipalities(
        locations: [GeoPoint], venues: [Venue], manuals: [Manual], using random: inout GeneratorRandom
    ) -> [Municipality] {
        let width = max(3, String(locations.count).count)
        let readyDates = [
            "2026-02-02", "2026-02-16", "2026-03-02", "2026-04-01", "2026-05-04", "2026-08-17", "2026-09-01",
        ]
        .map { CalendarDay(iso: $0)! }
        let readyWeights = [0.25, 0.25, 0.25, 0.08, 0.07, 0.05, 0.05]
        let summerStarts = ["2026-06-29", "2026-07-06", "2026-07-13", "2026-07-20"].map { CalendarDay(iso: $0)! }
        var therapistNumber = 0
        return locations.enumerated().map { index, location in
            let number = index + 1
            let id = "kommune-" + Self.pad(number, width)
            let name = "Kommune \(number)"
            let nearestVenue =
                venues.indices.min {
                    Self.planarDistance(venues[$0].location, location)
                        < Self.planarDistance(venues[$1].location, location)
                } ?? 0
            let cluster = "klynge-" + Self.pad(nearestVenue + 1, max(2, String(venues.count).count))
            let inStime = index == 0 || random.chance(0.8)
            guard inStime else {
                return Municipality(id: id, name: name, cluster: cluster, location: location, stime: false)
            }
            // Skewed towards small municipalities: the smaller of two draws.
            let therapistCount = min(random.int(in: 2...12), random.int(in: 2...12))
            let manualCount = min(therapistCount, 1 + random.weightedIndex([0.15, 0.25, 0.25, 0.15, 0.2]))
            let chosen = random.sample(manualCount, of: manuals.count).map { manuals[$0].id }
            var alternatives: [String: String] = [:]
            for manual in manuals where !chosen.contains(manual.id) && random.chance(0.2) {
                alternatives[manual.id] = random.pick(Self.alternatives[manual.id] ?? ["Eget tilbud"])
            }
            var therapists: [Therapist] = []
            for t in 0..<therapistCount {
                therapistNumber += 1
                // Every chosen manual gets someone; a quarter of the therapists take a second one.
                var own = [chosen[t % chosen.count]]
                if chosen.count > 1 && random.chance(0.25) {
                    let second = random.pick(chosen.filter { $0 != own[0] })
                    own.append(second)
                }
                own.sort { a, b in chosen.firstIndex(of: a)! < chosen.firstIndex(of: b)! }
                let summer = random.pick(summerStarts)
                var unavailable = [DateRange(from: summer, to: summer.adding(days: 18), name: "Sommerferie")]
                if random.chance(0.15) {
                    let start = Self.horizon.from.adding(days: 7 * random.int(in: 2...68))
                    unavailable.append(DateRange(from: start, to: start.adding(days: 4), name: "Fravær"))
                }
                if random.chance(0.04) {
                    let start = Self.horizon.from.adding(days: 7 * random.int(in: 8...50))
                    unavailable.append(
                        DateRange(
                            from: start, to: start.adding(days: 7 * random.int(in: 8...13) - 3),
                            name: "Orlov"))
                }
                unavailable.sort { $0.from < $1.from }
                let therapistID = "\(id)-" + Self.pad(t + 1, 2)
                therapists.append(
                    Therapist(
                        id: therapistID, name: "Behandler \(therapistNumber)", email: "\(therapistID)@\(id).example",
                        manuals: own, unavailable: unavailable))
            }
            return Municipality(
                id: id, name: name, cluster: cluster, location: location, stime: true, manuals: chosen,
                alternatives: alternatives, readyFrom: readyDates[random.weightedIndex(readyWeights)],
                tovholder: Person(name: "Tovholder \(number)", email: "stime@\(id).example"), therapists: therapists)
        }
    }

    // MARK: Psychologists

    private func makePsychologists(
        municipalities: [Municipality], venues: [Venue], manuals: [Manual], using random: inout GeneratorRandom
    ) -> [Psychologist] {
        let needs = municipalities.flatMap(\.therapists).flatMap(\.manuals)
        let demand = manuals.map { manual in needs.filter { $0 == manual.id }.count }
        let used = manuals.indices.filter { demand[$0] > 0 }
        // Two trainers per cohort and one spare for every manual in use.
        let perManual = 3
        var count = max(3, Int((Double(needs.count) / 10).rounded(.up)) + 1)
        var slots = (0..<count).map { _ in random.int(in: 2...3) }
        while slots.reduce(0, +) < used.count * perManual {
            count += 1
            slots.append(random.int(in: 2...3))
        }
        var certified = Array(repeating: [Int](), count: count)
        // Cover every manual in use first, always with the psychologist who has most room.
        for _ in 0..<perManual {
            for manual in used {
                let candidates = (0..<count).filter {
                    !certified[$0].contains(manual) && certified[$0].count < slots[$0]
                }
                guard
                    let person = candidates.max(by: {
                        (slots[$0] - certified[$0].count, -$0) < (slots[$1] - certified[$1].count, -$1)
                    })
                else { continue }
                certified[person].append(manual)
            }
        }
        // Fill the remaining certifications in proportion to demand.
        for person in 0..<count {
            while certified[person].count < slots[person] {
                let weights = manuals.indices.map { certified[person].contains($0) ? 0 : Double(demand[$0]) + 1 }
                certified[person].append(random.weightedIndex(weights))
            }
        }
        let homes = Array(venues.prefix(Self.hospitalCount(venues: venues.count)))
        let width = max(3, String(count).count)
        let summerStarts = ["2026-07-06", "2026-07-13"].map { CalendarDay(iso: $0)! }
        return (0..<count).map { index in
            let number = index + 1
            let perWeek = [1, 2, 2, 2, 2, 2, 2, 3, 3, 2][random.int(in: 0...9)]
            let summer = random.pick(summerStarts)
            var unavailable = [DateRange(from: summer, to: summer.adding(days: 18), name: "Sommerferie")]
            if random.chance(0.1) {
                let start = Self.horizon.from.adding(days: 7 * random.int(in: 20...50))
                unavailable.append(
                    DateRange(
                        from: start, to: start.adding(days: 7 * random.int(in: 8...12) - 3),
                        name: "Orlov"))
            }
            return Psychologist(
                id: "psykolog-" + Self.pad(number, width), name: "Psykolog \(number)",
                email: "psykolog-\(number)@bua.example", home: homes[index % homes.count].id,
                manuals: certified[index].sorted().map { manuals[$0].id }, maxDaysPerWeek: perWeek,
                maxDaysPerMonth: [1: 4, 2: 6, 3: 8][perWeek] ?? 6, unavailable: unavailable)
        }
    }

    // MARK: Meetings

    /// Per region of up to ``regionSize`` municipalities (in cluster order): an
    /// implementation group meeting five times in 2026 at rotating venues near the region,
    /// and a network of the region's tovholdere meeting four times over the horizon.
    private func makeMeetings(
        municipalities: [Municipality], venues: [Venue], psychologists: [Psychologist]
    ) -> [MeetingSeries] {
        let regionCount = (municipalities.count + Self.regionSize - 1) / Self.regionSize
        let width = max(2, String(regionCount).count)
        var series: [MeetingSeries] = []
        for region in 0..<regionCount {
            let members = Array(
                municipalities[(region * Self.regionSize)..<min(municipalities.count, (region + 1) * Self.regionSize)])
            let suffix = regionCount == 1 ? "" : "-" + Self.pad(region + 1, width)
            let label = regionCount == 1 ? "" : ", region \(region + 1)"
            let centre = GeoPoint(
                lat: members.reduce(0) { $0 + $1.location.lat } / Double(members.count),
                lon: members.reduce(0) { $0 + $1.location.lon } / Double(members.count))
            let nearby = venues.sorted {
                (Self.planarDistance($0.location, centre), $0.id) < (Self.planarDistance($1.location, centre), $1.id)
            }
            let places = Array(nearby.prefix(4)).map(\.id)
            let lead = psychologists[region % psychologists.count]
            let secretariat = nearby[0].id
            var attendees = members.map { municipality in
                Attendee(
                    name: "Repræsentant, \(municipality.name)", email: "repr@\(municipality.id).example",
                    role: "Kommune (PPR)", origin: .municipality(municipality.id))
            }
            attendees += [
                Attendee(
                    name: lead.name, email: lead.email, role: "BUA projektleder", psychologist: lead.id,
                    origin: .venue(lead.home)),
                Attendee(
                    name: "Regional projektleder (sekretariat)", email: "sekretariat\(suffix)@region.example",
                    role: "Sekretariat", origin: .venue(secretariat)),
                Attendee(
                    name: "Bestyrelsesmedlem, PLO", email: "plo\(suffix)@plo.example", role: "Almen praksis (PLO)",
                    origin: .municipality(members[members.count / 2].id)),
                Attendee(
                    name: "Børneafdelingen", email: "boern\(suffix)@hospital.example", role: "Somatikken",
                    origin: .venue(nearby[min(1, nearby.count - 1)].id)),
            ]
            series.append(
                MeetingSeries(
                    id: "implementeringsgruppe\(suffix)", title: "Fælles implementeringsgruppe\(label)", count: 5,
                    window: DateRange(from: Self.horizon.from, to: CalendarDay(year: 2026, month: 12, day: 18)),
                    slot: .pm,
                    durationMinutes: 180, minGapWeeks: 6, venues: places, rotate: true,
                    organizer: Person(
                        name: "Sekretariatet for implementeringsgruppen\(label)",
                        email: "sekretariat\(suffix)@region.example"),
                    attendees: attendees))
            let tovholdere = members.filter(\.stime).compactMap { municipality in
                municipality.tovholder.map {
                    Attendee(
                        name: $0.name, email: $0.email, role: "STIME-tovholder", origin: .municipality(municipality.id))
                }
            }
            series.append(
                MeetingSeries(
                    id: "tovholdernetvaerk\(suffix)", title: "Netværksmøde for STIME-tovholdere\(label)", count: 4,
                    window: DateRange(
                        from: CalendarDay(year: 2026, month: 3, day: 2), to: CalendarDay(year: 2027, month: 6, day: 25)),
                    slot: .am, durationMinutes: 180, minGapWeeks: 10, venues: Array(places.prefix(3)), rotate: true,
                    organizer: Person(name: lead.name, email: lead.email),
                    attendees: tovholdere + [
                        Attendee(
                            name: lead.name, email: lead.email, role: "BUA projektleder", psychologist: lead.id,
                            origin: .venue(lead.home))
                    ]))
        }
        return series
    }

    // MARK: Helpers

    /// Distance in degrees with longitude scaled to Danish latitudes: enough to compare.
    static func planarDistance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let dx = (a.lon - b.lon) * 0.56
        let dy = a.lat - b.lat
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The first third of the venues (at least one) are BUA-like hospital sites, where psychologists are based.
    static func hospitalCount(venues: Int) -> Int {
        max(1, (venues + 2) / 3)
    }

    static func round3(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
