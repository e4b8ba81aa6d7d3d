import Foundation

/// The checks of PROBLEM.md §2a that a schema cannot express: duplicate ids, references,
/// ranges, slot times and durations, the time zone; plus warnings for things that are
/// legal but probably unintended.
///
/// Works on a decoded ``Scenario``, so it serves both files and scenarios changed in memory.
struct ScenarioValidator {
    let scenario: Scenario

    private let manualIDs: Set<String>
    private let venueIDs: Set<String>
    private let municipalityIDs: Set<String>
    private let psychologistIDs: Set<String>

    init(_ scenario: Scenario) {
        self.scenario = scenario
        manualIDs = Set(scenario.manuals.map(\.id))
        venueIDs = Set(scenario.venues.map(\.id))
        municipalityIDs = Set(scenario.municipalities.map(\.id))
        psychologistIDs = Set(scenario.psychologists.map(\.id))
    }

    /// Every error, then every warning, each group in document order.
    func findings() -> [ScenarioFinding] {
        var found: [ScenarioFinding] = []
        checkTimeAndCalendar(&found)
        checkDuplicates(&found)
        checkSize(&found)
        checkManuals(&found)
        checkVenues(&found)
        checkMunicipalities(&found)
        checkPsychologists(&found)
        checkMeetings(&found)
        found += ScenarioWarnings(scenario).findings()
        return found
    }

    // MARK: - Time, calendar, slots

    private func checkTimeAndCalendar(_ found: inout [ScenarioFinding]) {
        let root = SourcePath.root
        if !Self.isTimeZoneName(scenario.timezone) {
            found.append(
                .error(
                    root.key("timezone"),
                    "unknown time zone \(ShortText(scenario.timezone)) (use an IANA name such as Europe/Copenhagen)"))
        }
        checkRange(scenario.horizon, at: root.key("horizon"), &found)
        if scenario.horizon.dayCount > ScenarioLimits.horizonDays {
            found.append(
                .error(
                    root.key("horizon").key("to"),
                    "the horizon is \(scenario.horizon.dayCount) days long; at most \(ScenarioLimits.horizonDays) "
                        + "days (three years) are planned at once"))
        }
        for (index, range) in scenario.calendar.closed.enumerated() {
            checkRange(range, at: root.key("calendar").key("closed").index(index), &found)
        }
        for (index, range) in scenario.calendar.schoolHolidays.enumerated() {
            checkRange(range, at: root.key("calendar").key("schoolHolidays").index(index), &found)
        }
        let slots = scenario.slots
        for slot in Slot.allCases where slots[slot].start >= slots[slot].end {
            let times = slots[slot]
            found.append(
                .error(
                    root.key("slots").key(slot.rawValue),
                    "the \(slot.rawValue) slot must end after it starts (\(times.start)–\(times.end))"))
        }
        if slots.am.end > slots.pm.start {
            found.append(
                .error(
                    root.key("slots").key("pm"),
                    "the slots overlap: am ends at \(slots.am.end) but pm starts at \(slots.pm.start)"))
        }
    }

    /// Whether `name` is a zone of tzdata (`UTC`, `Europe/Copenhagen`, `Etc/GMT+5`): Foundation
    /// knows it, and it is not one of Foundation's offset forms (`GMT+5`, `UTC+01:00`), which
    /// are no zone names and unknown to libical's export.
    static func isTimeZoneName(_ name: String) -> Bool {
        guard TimeZone(identifier: name) != nil else { return false }
        return !["GMT+", "GMT-", "UTC+", "UTC-"].contains { name.hasPrefix($0) }
    }

    private func checkRange(_ range: DateRange, at path: SourcePath, _ found: inout [ScenarioFinding]) {
        if range.from > range.to {
            found.append(.error(path, "the range runs backwards: from \(range.from) is after to \(range.to)"))
        }
    }

    private func checkRanges(_ ranges: [DateRange], at path: SourcePath, _ found: inout [ScenarioFinding]) {
        for (index, range) in ranges.enumerated() {
            checkRange(range, at: path.index(index), &found)
        }
    }

    // MARK: - Identity and references

    private func checkDuplicates(_ found: inout [ScenarioFinding]) {
        let root = SourcePath.root
        func unique(_ kind: String, _ entries: [(id: String, path: SourcePath)]) {
            var first: [String: SourcePath] = [:]
            for entry in entries {
                if let earlier = first[entry.id] {
                    found.append(
                        .error(
                            entry.path.key("id"),
                            "duplicate \(kind) id \(ShortText(entry.id)) (first used at \(earlier))"))
                } else {
                    first[entry.id] = entry.path
                }
            }
        }
        unique("manual", scenario.manuals.enumerated().map { ($1.id, root.key("manuals").index($0)) })
        unique("venue", scenario.venues.enumerated().map { ($1.id, root.key("venues").index($0)) })
        unique(
            "municipality", scenario.municipalities.enumerated().map { ($1.id, root.key("municipalities").index($0)) })
        unique("psychologist", scenario.psychologists.enumerated().map { ($1.id, root.key("psychologists").index($0)) })
        unique("meeting series", scenario.meetings.enumerated().map { ($1.id, root.key("meetings").index($0)) })
        unique(
            "therapist",
            scenario.municipalities.enumerated().flatMap { municipalityIndex, municipality in
                municipality.therapists.enumerated().map {
                    ($1.id, root.key("municipalities").index(municipalityIndex).key("therapists").index($0))
                }
            })
    }

    private func checkSize(_ found: inout [ScenarioFinding]) {
        let needs = scenario.municipalities.filter(\.stime).reduce(0) { total, municipality in
            total + municipality.therapists.reduce(0) { $0 + $1.manuals.count }
        }
        if needs > ScenarioLimits.needs {
            found.append(
                .error(
                    SourcePath.root.key("municipalities"),
                    "the scenario has \(needs) needs (therapist × manual); at most \(ScenarioLimits.needs) "
                        + "are planned at once"))
        }
    }

    /// Reports `id` at `path` when it is not in `known`.
    private func reference(
        _ id: String, kind: String, known: Set<String>, at path: SourcePath, _ found: inout [ScenarioFinding]
    ) {
        guard !known.contains(id) else { return }
        var message = "unknown \(kind) \(ShortText(id))"
        if let guess = SpellingHint.closest(to: id, among: known) {
            message += " (did you mean '\(guess)'?)"
        } else {
            message += Self.knownList(known)
        }
        found.append(.error(path, message))
    }

    /// ` (known: a, b, c, …)`, or ` (there are none)`.
    private static func knownList(_ known: Set<String>) -> String {
        guard !known.isEmpty else { return " (there are none)" }
        let sorted = known.sorted()
        let shown = sorted.prefix(8).map(ShortText.clipped).joined(separator: ", ")
        return " (known: \(shown)\(sorted.count > 8 ? ", …" : ""))"
    }

    // MARK: - Entities

    private func checkManuals(_ found: inout [ScenarioFinding]) {
        for (index, manual) in scenario.manuals.enumerated() {
            let path = SourcePath.root.key("manuals").index(index)
            let training = manual.training
            if training.minGapDays > training.maxGapDays {
                found.append(
                    .error(
                        path.key("training").key("minGapDays"),
                        "minGapDays (\(training.minGapDays)) is greater than maxGapDays (\(training.maxGapDays))"))
            }
            if training.cohortMin > training.cohortMax {
                found.append(
                    .error(
                        path.key("training").key("cohortMin"),
                        "cohortMin (\(training.cohortMin)) is greater than cohortMax (\(training.cohortMax))"))
            }
            let supervision = manual.supervision
            for slot in supervision.allowedSlots
            where scenario.slots[slot].minutes > 0 && supervision.durationMinutes > scenario.slots[slot].minutes {
                let times = scenario.slots[slot]
                found.append(
                    .error(
                        path.key("supervision").key("durationMinutes"),
                        "durationMinutes (\(supervision.durationMinutes)) is longer than the \(slot.rawValue) slot "
                            + "(\(times.start)–\(times.end), \(times.minutes) minutes)"))
            }
        }
    }

    private func checkVenues(_ found: inout [ScenarioFinding]) {
        for (index, venue) in scenario.venues.enumerated() {
            checkRanges(venue.unavailable, at: SourcePath.root.key("venues").index(index).key("unavailable"), &found)
        }
    }

    private func checkMunicipalities(_ found: inout [ScenarioFinding]) {
        for (index, municipality) in scenario.municipalities.enumerated() {
            let path = SourcePath.root.key("municipalities").index(index)
            if !municipality.stime && !municipality.manuals.isEmpty {
                found.append(
                    .error(
                        path.key("manuals"),
                        "\(ShortText(municipality.id)) has stime: false but lists manuals "
                            + "(set stime: true, or move them to alternatives)"))
            }
            for (manualIndex, manual) in municipality.manuals.enumerated() {
                reference(manual, kind: "manual", known: manualIDs, at: path.key("manuals").index(manualIndex), &found)
            }
            for manual in municipality.alternatives.keys.sorted() {
                reference(manual, kind: "manual", known: manualIDs, at: path.key("alternatives").key(manual), &found)
            }
            let chosen = Set(municipality.manuals)
            for (therapistIndex, therapist) in municipality.therapists.enumerated() {
                let therapistPath = path.key("therapists").index(therapistIndex)
                for (manualIndex, manual) in therapist.manuals.enumerated() {
                    let manualPath = therapistPath.key("manuals").index(manualIndex)
                    if !manualIDs.contains(manual) {
                        reference(manual, kind: "manual", known: manualIDs, at: manualPath, &found)
                    } else if !chosen.contains(manual) {
                        let choice = chosen.isEmpty ? "none" : municipality.manuals.joined(separator: ", ")
                        found.append(
                            .error(
                                manualPath,
                                "manual \(ShortText(manual)) is not among the manuals of \(ShortText(municipality.id)) (\(choice))"
                            ))
                    }
                }
                checkRanges(therapist.unavailable, at: therapistPath.key("unavailable"), &found)
            }
        }
    }

    private func checkPsychologists(_ found: inout [ScenarioFinding]) {
        for (index, psychologist) in scenario.psychologists.enumerated() {
            let path = SourcePath.root.key("psychologists").index(index)
            reference(psychologist.home, kind: "venue", known: venueIDs, at: path.key("home"), &found)
            for (manualIndex, manual) in psychologist.manuals.enumerated() {
                reference(manual, kind: "manual", known: manualIDs, at: path.key("manuals").index(manualIndex), &found)
            }
            checkRanges(psychologist.unavailable, at: path.key("unavailable"), &found)
        }
    }

    private func checkMeetings(_ found: inout [ScenarioFinding]) {
        let horizon = scenario.horizon
        for (index, series) in scenario.meetings.enumerated() {
            let path = SourcePath.root.key("meetings").index(index)
            checkRange(series.window, at: path.key("window"), &found)
            if series.window.from <= series.window.to, horizon.from <= horizon.to,
                series.window.from < horizon.from || series.window.to > horizon.to
            {
                found.append(
                    .error(
                        path.key("window"),
                        "the window \(series.window.from)–\(series.window.to) is not inside the horizon "
                            + "\(horizon.from)–\(horizon.to)"))
            }
            let slot = scenario.slots[series.slot]
            if slot.minutes > 0 && series.durationMinutes > slot.minutes {
                found.append(
                    .error(
                        path.key("durationMinutes"),
                        "durationMinutes (\(series.durationMinutes)) is longer than the \(series.slot.rawValue) "
                            + "slot (\(slot.start)–\(slot.end), \(slot.minutes) minutes)"))
            }
            for (venueIndex, venue) in series.venues.enumerated() {
                reference(venue, kind: "venue", known: venueIDs, at: path.key("venues").index(venueIndex), &found)
            }
            for (attendeeIndex, attendee) in series.attendees.enumerated() {
                let attendeePath = path.key("attendees").index(attendeeIndex)
                switch attendee.origin {
                case .municipality(let id):
                    reference(
                        id, kind: "municipality", known: municipalityIDs,
                        at: attendeePath.key("origin").key("municipality"), &found)
                case .venue(let id):
                    reference(id, kind: "venue", known: venueIDs, at: attendeePath.key("origin").key("venue"), &found)
                }
                if let psychologist = attendee.psychologist {
                    reference(
                        psychologist, kind: "psychologist", known: psychologistIDs,
                        at: attendeePath.key("psychologist"), &found)
                }
            }
        }
    }
}
