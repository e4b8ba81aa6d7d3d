import CLibical
import Foundation
import PlanningModel

/// Exports a plan as iCalendar files for every audience in CLI.md: `all.ics`,
/// `meetings-<series>.ics`, `psychologist-<id>.ics`, `municipality-<id>.ics` and
/// `therapist-<id>.ics`.
///
/// The files are published feeds (`METHOD:PUBLISH`, no `ATTENDEE` lines) that Outlook,
/// Google Calendar, Apple Calendar and Thunderbird import or subscribe to. Each carries one
/// compact `VTIMEZONE` whose `TZID` is the scenario's zone name, and every timed event is
/// written in local time with that `TZID`. Each calendar entry (training day, supervision
/// session, meeting) is one event whose `UID` derives from its key alone (REPLAN.md), so it
/// is the same in every run and every re-plan. A re-plan's `calendar` record gives each
/// event its `SEQUENCE` and adds its cancelled entries as `STATUS:CANCELLED` events to the
/// files of those who lost them, so an export of a plan always gives the same calendars.
///
/// Nothing is written to disk here: the caller writes ``CalendarFile/contents`` under
/// `DIR/calendars/`. Every event is built and serialised by libical once (once per
/// `DTSTAMP` when ``fileTimestamps`` gives files their own); the files that carry it share
/// that text.
///
/// ```swift
/// let export = try CalendarExport(scenario: scenario, plan: plan, language: .da, timestamp: Date())
/// for file in try export.files() { try write(file.contents, to: calendars.appendingPathComponent(file.name)) }
/// ```
public struct CalendarExport: Sendable {
    /// The scenario the plan belongs to (slot times, venues, names, time zone).
    public let scenario: Scenario
    /// The plan to export.
    public let plan: Plan
    /// The language of summaries, descriptions and calendar names.
    public let language: OutputLanguage
    /// The instant written as every event's `DTSTAMP` (injected for reproducible output),
    /// unless ``fileTimestamps`` names another for the event's file.
    public let timestamp: Date
    /// The `DTSTAMP` of the events of single files, by file name (`municipality-aarhus.ics`):
    /// a server stamps each feed with the time its own content last changed.
    public var fileTimestamps: [String: Date] = [:]
    /// The agenda links and notes of meetings, by the meeting's key (`meeting:<series>:<index>`);
    /// empty unless the server sets them.
    public var meetingNotes: [ActivityKey: MeetingNote] = [:]
    private let templates: EventTemplates

    /// Prepares an export and loads its templates.
    ///
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - plan: a plan for `scenario`.
    ///   - language: Danish by default; English with `--lang en`.
    ///   - templatesDirectory: a folder with the event templates
    ///     (`<kind>-<summary|description>.<da|en>.mustache`); nil for the bundled ones.
    ///   - timestamp: the `DTSTAMP` of every event; pass the run's clock reading.
    /// - Throws: ``CalendarExportError`` when a template is missing or invalid.
    public init(
        scenario: Scenario, plan: Plan, language: OutputLanguage = .da, templatesDirectory: URL? = nil,
        timestamp: Date
    ) throws(CalendarExportError) {
        self.scenario = scenario
        self.plan = plan
        self.language = language
        self.timestamp = timestamp
        templates = try EventTemplates(directory: templatesDirectory, language: language)
    }

    /// Reads and parses the event templates of `language` without exporting anything, so a
    /// broken templates folder is found before a long run.
    ///
    /// - Throws: ``CalendarExportError`` when a template is missing or invalid.
    public static func checkTemplates(directory: URL?, language: OutputLanguage) throws(CalendarExportError) {
        _ = try EventTemplates(directory: directory, language: language)
    }

    /// The calendar files, sorted by name.
    ///
    /// - Throws: ``CalendarExportError/unknownTimeZone(_:)`` when libical does not know the
    ///   scenario's time zone.
    public func files() throws(CalendarExportError) -> [CalendarFile] {
        let wording = Wording(language: language)
        let catalog = ActivityCatalog(
            scenario: scenario, plan: plan, templates: templates, wording: wording, meetingNotes: meetingNotes)
        let activities = catalog.activities()

        var members: [Audience: [Int]] = [:]
        for audience in catalog.standingAudiences() { members[audience] = [] }
        for (index, activity) in activities.enumerated() {
            for audience in activity.audiences { members[audience, default: []].append(index) }
        }

        return try Libical.run { () throws(CalendarExportError) -> [CalendarFile] in
            let tzid = scenario.timezone
            guard let zone = ExportTimeZone.component(for: tzid) else { throw .unknownTimeZone(tzid) }
            var events = EventTexts(activities: activities, tzid: tzid)
            return members.keys.sorted().map { audience in
                let stamp = fileTimestamps[audience.fileName] ?? timestamp
                let texts = (members[audience] ?? []).map { events.text(of: $0, stamp: stamp) }
                let shell = calendar(for: audience, wording: wording, zone: zone)
                return CalendarFile(name: audience.fileName, contents: Self.splice(texts, into: shell))
            }
        }
    }

    /// The calendar around the events: properties and `VTIMEZONE`, serialised by libical.
    private func calendar(for audience: Audience, wording: Wording, zone: borrowing ICalComponent) -> String {
        let calendar = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
        let name = wording.calendarName(for: audience, scenario: scenario)
        calendar.add(ICalProperty(icalproperty_new_version("2.0")))
        calendar.add(
            ICalProperty(
                icalproperty_new_prodid(
                    "-//STIME+ Region Midtjylland//stime-planner//\(language.rawValue.uppercased())")))
        calendar.add(ICalProperty(icalproperty_new_calscale("GREGORIAN")))
        calendar.add(ICalProperty(icalproperty_new_method(ICAL_METHOD_PUBLISH)))
        calendar.add(ICalProperty(icalproperty_new_name(name)))
        calendar.add(.x("X-WR-CALNAME", name))
        calendar.add(.x("X-WR-TIMEZONE", scenario.timezone))
        let refresh = ICalProperty(icalproperty_new_refreshinterval(Self.twelveHours))
        refresh.add(parameter: icalparameter_new_value(ICAL_VALUE_DURATION))
        calendar.add(refresh)
        calendar.add(.x("X-PUBLISHED-TTL", "PT12H"))
        zone.clone().adopt(into: calendar)
        return calendar.serialized()
    }

    /// `events` placed before the calendar's closing line. Both sides are libical's output:
    /// this only joins complete components.
    static func splice(_ events: [String], into shell: String) -> String {
        let closing = "END:VCALENDAR\r\n"
        precondition(shell.hasSuffix(closing), "libical's calendar text ends with END:VCALENDAR")
        var text = String(shell.utf8.dropLast(closing.utf8.count))!
        text.reserveCapacity(shell.utf8.count + events.reduce(0) { $0 + $1.utf8.count })
        for event in events { text += event }
        text += closing
        return text
    }

    private static let twelveHours = icaldurationtype(is_neg: 0, days: 0, weeks: 0, hours: 12, minutes: 0, seconds: 0)

    /// `date` as a UTC date-time, to the second.
    static func utc(_ date: Date) -> icaltimetype {
        icaltime_from_timet_with_zone(
            time_t(date.timeIntervalSince1970.rounded(.down)), 0, icaltimezone_get_utc_timezone())
    }
}

/// The events' iCalendar texts by `DTSTAMP`: each event is built and serialised by libical
/// once per stamp, when the first file that carries it with that stamp needs it. Use only
/// inside ``Libical/run(_:)``.
private struct EventTexts {
    let activities: [CalendarActivity]
    let tzid: String
    private var texts: [Date: [Int: String]] = [:]

    init(activities: [CalendarActivity], tzid: String) {
        self.activities = activities
        self.tzid = tzid
    }

    /// The text of the event of `activities[index]` with `DTSTAMP` `stamp`.
    mutating func text(of index: Int, stamp: Date) -> String {
        if let text = texts[stamp]?[index] { return text }
        let text = EventWriter(stamp: CalendarExport.utc(stamp), tzid: tzid).text(of: activities[index])
        texts[stamp, default: [:]][index] = text
        return text
    }
}
