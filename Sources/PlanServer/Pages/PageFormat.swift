import Foundation
import PlanReport
import PlanTemplates
import PlanningModel

/// The words and formats of a page about one scenario: names for ids, dates with weekdays,
/// the times of training days, sessions and meetings (as the calendar files have them).
struct PageFormat {
    let strings: StringTable
    let scenario: Scenario
    let dates: ReportFormat
    private let venues: [String: Venue]
    private let manuals: [String: Manual]
    private let psychologists: [String: Psychologist]
    private let municipalities: [String: Municipality]
    private let series: [String: MeetingSeries]
    private let therapists: [String: (Therapist, Municipality)]

    init(strings: StringTable, scenario: Scenario) {
        self.strings = strings
        self.scenario = scenario
        self.dates = ReportFormat(strings: strings)
        venues = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        manuals = Dictionary(scenario.manuals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        psychologists = Dictionary(scenario.psychologists.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        municipalities = Dictionary(
            scenario.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        series = Dictionary(scenario.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var therapists: [String: (Therapist, Municipality)] = [:]
        for municipality in scenario.municipalities {
            for therapist in municipality.therapists { therapists[therapist.id] = (therapist, municipality) }
        }
        self.therapists = therapists
    }

    func venue(_ id: String?) -> String {
        guard let id else { return strings["common.online"] }
        return venues[id]?.name ?? id
    }

    func manual(_ id: String) -> String { manuals[id]?.displayTitle ?? id }

    func psychologist(_ id: String) -> String { psychologists[id]?.name ?? id }

    /// A therapist's name, or their id when the scenario has no name.
    func therapist(_ id: String) -> String { therapists[id]?.0.name ?? id }

    /// A person of a plan's entries by id: a therapist's or psychologist's name, else the id
    /// itself (a meeting attendee's identity is their e-mail or name already).
    func person(_ id: String) -> String { therapists[id]?.0.name ?? psychologists[id]?.name ?? id }

    /// A municipality's name, or its id when the scenario has no such municipality.
    func municipality(_ id: String) -> String { municipalities[id]?.name ?? id }

    /// A meeting series' title, or its id when the scenario has no such series.
    func seriesTitle(_ id: String) -> String { series[id]?.title ?? id }

    /// The municipality a therapist belongs to.
    func municipality(ofTherapist id: String) -> Municipality? { therapists[id]?.1 }

    /// `man. 7. sep. 2026`.
    func day(_ day: CalendarDay) -> String { dates.dateWithWeekday(day) }

    /// A training day's hours: from the morning slot's start to the afternoon slot's end.
    var trainingTime: String { "\(scenario.slots.am.start)–\(scenario.slots.pm.end)" }

    /// A supervision session's hours.
    func sessionTime(_ group: SupervisionGroup) -> String {
        let minutes = manuals[group.manual]?.supervision.durationMinutes ?? scenario.slots[group.slot].minutes
        return dates.time(group.slot, minutes: minutes, slots: scenario.slots)
    }

    /// A meeting's hours.
    func meetingTime(_ meeting: Meeting) -> String {
        let minutes =
            series[meeting.series]?.durationMinutes ?? scenario.slots[meeting.slot].minutes
        return dates.time(meeting.slot, minutes: minutes, slots: scenario.slots)
    }

    /// A moment as the partnership's clock shows it: `5. dec. 2026 11:49`.
    func moment(_ time: Date) -> String {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: scenario.timezone) ?? TimeZone(identifier: "Europe/Copenhagen")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time)
        let day = CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return "\(dates.date(day)) \(TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0))"
    }
}
