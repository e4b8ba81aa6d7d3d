import PlanTemplates
import PlanningModel

/// Everything the report's sections share: the scenario, the plan, look-ups by id and
/// the language, computed once.
///
/// Names fall back to ids, so a plan that mentions an entity the scenario lacks still
/// renders (the checker reports such plans; the report only shows them).
struct ReportContext {
    let scenario: Scenario
    let plan: Plan
    let calendar: PlanningCalendar
    let strings: StringTable
    let format: ReportFormat
    /// Manual ids in scenario order, then any the plan adds.
    let manualOrder: [String]
    private let manualIndex: [String: Manual]
    private let venueIndex: [String: Venue]
    private let psychologistIndex: [String: Psychologist]
    private let municipalityIndex: [String: Municipality]
    /// Therapist id → (therapist, municipality id).
    private let therapistIndex: [String: (therapist: Therapist, municipality: String)]
    private let seriesIndex: [String: MeetingSeries]

    init(scenario: Scenario, plan: Plan, calendar: PlanningCalendar, strings: StringTable) {
        self.scenario = scenario
        self.plan = plan
        self.calendar = calendar
        self.strings = strings
        format = ReportFormat(strings: strings)
        manualIndex = Dictionary(scenario.manuals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        venueIndex = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        psychologistIndex = Dictionary(
            scenario.psychologists.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        municipalityIndex = Dictionary(
            scenario.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var therapists: [String: (therapist: Therapist, municipality: String)] = [:]
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists where therapists[therapist.id] == nil {
                therapists[therapist.id] = (therapist, municipality.id)
            }
        }
        therapistIndex = therapists
        seriesIndex = Dictionary(scenario.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var order = scenario.manuals.map(\.id)
        let planManuals =
            plan.cohorts.map(\.manual) + plan.supervisionGroups.map(\.manual) + plan.unassigned.map(\.manual)
        for id in planManuals where !order.contains(id) {
            order.append(id)
        }
        manualOrder = order
    }

    func manual(_ id: String) -> Manual? { manualIndex[id] }
    func venue(_ id: String) -> Venue? { venueIndex[id] }
    func psychologist(_ id: String) -> Psychologist? { psychologistIndex[id] }
    func municipality(_ id: String) -> Municipality? { municipalityIndex[id] }
    func series(_ id: String) -> MeetingSeries? { seriesIndex[id] }

    /// The municipality id of a therapist, if known.
    func municipalityID(ofTherapist id: String) -> String? { therapistIndex[id]?.municipality }

    func manualTitle(_ id: String) -> String { manualIndex[id]?.title ?? id }
    func manualShortTitle(_ id: String) -> String { manualIndex[id]?.displayTitle ?? id }
    func venueName(_ id: String) -> String { venueIndex[id]?.name ?? id }
    func psychologistName(_ id: String) -> String { psychologistIndex[id]?.name ?? id }
    func municipalityName(_ id: String) -> String { municipalityIndex[id]?.name ?? id }
    func therapistName(_ id: String) -> String { therapistIndex[id]?.therapist.name ?? id }
    func seriesTitle(_ id: String) -> String { seriesIndex[id]?.title ?? id }

    /// A municipality's name without the word for municipality, for tight labels on charts.
    func municipalityShortName(_ id: String) -> String {
        let name = municipalityName(id)
        for suffix in [" Kommune", " kommune", " Municipality"]
        where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The colour of a manual on every chart (a palette that stays readable in greyscale print).
    func manualColor(_ id: String) -> String {
        let palette = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#65a30d", "#dc2626"]
        let index = manualOrder.firstIndex(of: id) ?? 0
        return palette[index % palette.count]
    }

    /// Distinct activity dates per psychologist: training days, supervision sessions, and
    /// meetings of series they attend (H8's count).
    func psychologistActivityDays() -> [String: Set<CalendarDay>] {
        var days: [String: Set<CalendarDay>] = [:]
        for cohort in plan.cohorts {
            for trainer in cohort.trainers {
                days[trainer, default: []].formUnion(cohort.days)
            }
        }
        for group in plan.supervisionGroups {
            days[group.supervisor, default: []].formUnion(group.sessions)
        }
        for meeting in plan.meetings {
            for attendee in series(meeting.series)?.attendees ?? [] {
                if let id = attendee.psychologist {
                    days[id, default: []].insert(meeting.date)
                }
            }
        }
        return days
    }

    /// The months the horizon touches, in order.
    var horizonMonths: [YearMonth] {
        var months: [YearMonth] = []
        var current = scenario.horizon.from.yearMonth
        let last = scenario.horizon.to.yearMonth
        while current <= last {
            months.append(current)
            current =
                current.month == 12
                ? YearMonth(year: current.year + 1, month: 1) : YearMonth(year: current.year, month: current.month + 1)
        }
        return months
    }
}
