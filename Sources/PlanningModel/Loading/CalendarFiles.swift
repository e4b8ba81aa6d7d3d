import Foundation

/// The `.ics` files a scenario names, read through an ``ExternalCalendarReader`` into
/// ``ExternalBusy`` (PROBLEM.md §1).
struct CalendarFiles {
    /// What an `.ics` file is used for.
    private enum Use {
        case closed, schoolHolidays
        case unavailable(Resource)
    }

    private struct Reference {
        var path: SourcePath
        var file: String
        var use: Use
    }

    /// What reading produced: the busy days and any problems (errors at the file's path).
    struct Result {
        var busy: ExternalBusy
        var findings: [ScenarioFinding]
    }

    private let scenario: Scenario
    private let reader: (any ExternalCalendarReader)?
    private let baseDirectory: URL?
    private let references: [Reference]

    init(scenario: Scenario, reader: (any ExternalCalendarReader)?, baseDirectory: URL?) {
        self.scenario = scenario
        self.reader = reader
        self.baseDirectory = baseDirectory
        let root = SourcePath.root
        var references: [Reference] = []
        func add(_ files: [String], _ path: SourcePath, _ use: Use) {
            for (index, file) in files.enumerated() {
                references.append(Reference(path: path.index(index), file: file, use: use))
            }
        }
        let calendar = root.key("calendar")
        add(scenario.calendar.closedCalendars, calendar.key("closedCalendars"), .closed)
        add(scenario.calendar.schoolHolidayCalendars, calendar.key("schoolHolidayCalendars"), .schoolHolidays)
        for (index, venue) in scenario.venues.enumerated() {
            add(
                venue.unavailableCalendars, root.key("venues").index(index).key("unavailableCalendars"),
                .unavailable(.venue(venue.id)))
        }
        for (index, municipality) in scenario.municipalities.enumerated() {
            for (therapistIndex, therapist) in municipality.therapists.enumerated() {
                add(
                    therapist.unavailableCalendars,
                    root.key("municipalities").index(index).key("therapists").index(therapistIndex)
                        .key("unavailableCalendars"),
                    .unavailable(.therapist(therapist.id)))
            }
        }
        for (index, psychologist) in scenario.psychologists.enumerated() {
            add(
                psychologist.unavailableCalendars, root.key("psychologists").index(index).key("unavailableCalendars"),
                .unavailable(.psychologist(psychologist.id)))
        }
        self.references = references
    }

    /// Where a path written in the scenario points.
    private func url(of file: String) -> URL {
        if file.hasPrefix("/") { return URL(fileURLWithPath: file) }
        if let baseDirectory { return baseDirectory.appendingPathComponent(file) }
        return URL(fileURLWithPath: file)
    }

    /// Checks that every file exists and, when `readContents` (the rest of the scenario is
    /// valid), reads each file once.
    func read(readContents: Bool) -> Result {
        var result = Result(busy: .none, findings: [])
        guard !references.isEmpty else { return result }
        guard let reader else {
            for reference in references {
                result.findings.append(
                    .error(
                        reference.path,
                        "cannot read calendar file \(ShortText(reference.file)): this build of stime-planner "
                            + "has no iCalendar reader"))
            }
            return result
        }
        var cache: [URL: [BusyDay]] = [:]
        for reference in references {
            let location = url(of: reference.file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else {
                result.findings.append(.unreadableFile(reference.path, "calendar file not found: \(location.path)"))
                continue
            }
            guard readContents else { continue }
            let days: [BusyDay]
            if let known = cache[location] {
                days = known
            } else {
                do {
                    let contents = try reader.read(
                        location, horizon: scenario.horizon, timeZone: scenario.timezone, slots: scenario.slots)
                    days = contents.busyDays
                    for warning in contents.warnings {
                        result.findings.append(
                            .warning(reference.path, "calendar file \(location.path), \(warning)"))
                    }
                } catch {
                    result.findings.append(Self.finding(error, at: reference.path))
                    continue
                }
                cache[location] = days
            }
            record(days, for: reference.use, into: &result.busy)
        }
        return result
    }

    private func record(_ days: [BusyDay], for use: Use, into busy: inout ExternalBusy) {
        switch use {
        case .closed:
            busy.closedDays.formUnion(days.map(\.day))
        case .schoolHolidays:
            busy.schoolHolidayDays.formUnion(days.map(\.day))
        case .unavailable(let resource):
            for day in days where !day.slots.isEmpty {
                busy.busySlots[resource, default: [:]][day.day, default: []].formUnion(day.slots)
            }
        }
    }

    private static func finding(_ error: ExternalCalendarError, at path: SourcePath) -> ScenarioFinding {
        switch error {
        case .unreadable(let file, let reason):
            .unreadableFile(path, "cannot read calendar file \(file): \(reason)")
        case .malformed(let file, let line, let reason):
            .error(path, "calendar file \(file) is not valid iCalendar\(line.map { " (line \($0))" } ?? ""): \(reason)")
        }
    }
}
