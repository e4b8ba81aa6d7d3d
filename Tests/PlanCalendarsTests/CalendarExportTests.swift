import Foundation
import PlanningModel
import Testing

@testable import PlanCalendars

@Suite struct CalendarExportTests {
    let scenario = Fixtures.scenario
    let plan = Fixtures.plan

    private func export(
        _ plan: Plan? = nil, scenario: Scenario? = nil, language: OutputLanguage = .da, stamp: Date = Fixtures.stamp
    ) throws -> [String: String] {
        let files = try CalendarExport(
            scenario: scenario ?? self.scenario, plan: plan ?? self.plan, language: language, timestamp: stamp
        ).files()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    /// The `UID`s README.md promises: from the entry's key alone.
    private func trainingUID(_ cohort: String, _ day: Int) -> String { "training-\(cohort)-\(day)@stime-planner" }
    private func sessionUID(_ group: String, _ number: Int) -> String { "session-\(group)-\(number)@stime-planner" }
    private func meetingUID(_ series: String, _ index: Int) -> String { "meeting-\(series)-\(index)@stime-planner" }

    private func sessionUIDs(_ group: String, count: Int = 6) -> Set<String> {
        Set((1...count).map { sessionUID(group, $0) })
    }

    // MARK: - Files

    @Test func writesAFileForEveryAudienceOfCLIMd() throws {
        let files = try export()
        let names = Set(files.keys)
        #expect(names.contains("all.ics"))
        for series in scenario.meetings { #expect(names.contains("meetings-\(series.id).ics")) }
        for psychologist in scenario.psychologists { #expect(names.contains("psychologist-\(psychologist.id).ics")) }
        for municipality in scenario.municipalities {
            #expect(names.contains("municipality-\(municipality.id).ics") == municipality.stime, "\(municipality.id)")
        }
        let therapists = Set(plan.cohorts.flatMap(\.participants))
        #expect(Set(names.filter { $0.hasPrefix("therapist-") }) == Set(therapists.map { "therapist-\($0).ics" }))
    }

    @Test func everyCalendarCarriesThePublishingHeadersAndOneCompactCopenhagenZone() throws {
        for (name, text) in try export() {
            let calendar = try CalendarInspection.inspect(text)
            #expect(calendar.properties["VERSION"] == ["2.0"], "\(name)")
            #expect(calendar.properties["PRODID"]?.first?.contains("stime-planner") == true)
            #expect(calendar.properties["METHOD"] == ["PUBLISH"])
            #expect(calendar.properties["CALSCALE"] == ["GREGORIAN"])
            #expect(calendar.properties["X-WR-TIMEZONE"] == ["Europe/Copenhagen"])
            #expect(calendar.properties["X-PUBLISHED-TTL"] == ["PT12H"])
            #expect(calendar.properties["REFRESH-INTERVAL"] == ["PT12H"])
            #expect(text.contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n"))
            #expect(calendar.properties["NAME"]?.first?.hasPrefix("STIME – ") == true)
            #expect(calendar.properties["X-WR-CALNAME"] == calendar.properties["NAME"])
            #expect(calendar.timeZones == ["Europe/Copenhagen"], "\(name)")
            #expect(calendar.observances == ["STANDARD", "DAYLIGHT"])
            #expect(!text.contains("freeassociation"))
            #expect(!text.contains("ATTENDEE"), "published feeds carry no ATTENDEE (RFC 5546)")
            for event in calendar.events {
                #expect(!event.tzids.isEmpty && event.tzids.allSatisfy { $0 == "Europe/Copenhagen" }, "\(event.uid)")
            }
        }
    }

    @Test func linesEndInCRLFAndAreFoldedAt75Octets() throws {
        let text = try #require(try export()["all.ics"])
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
    }

    // MARK: - Events against the plan

    /// What the plan says each calendar must show: (UID, local start, local end).
    private func expectedOccurrences() -> [EventOccurrence] {
        var result: [EventOccurrence] = []
        let slots = scenario.slots
        func at(_ day: CalendarDay, _ minutes: Int) -> LocalDateTime { LocalDateTime(day: day, minutes: minutes) }
        for cohort in plan.cohorts {
            for (index, day) in cohort.days.enumerated() {
                result.append(
                    EventOccurrence(
                        uid: trainingUID(cohort.id, index + 1), allDay: false,
                        start: at(day, slots.am.start.minutes),
                        end: at(day, slots.pm.end.minutes)))
            }
        }
        for group in plan.supervisionGroups {
            let duration = scenario.manual(group.manual)!.supervision.durationMinutes
            let start = slots[group.slot].start.minutes
            for (index, day) in group.sessions.enumerated() {
                result.append(
                    EventOccurrence(
                        uid: sessionUID(group.id, index + 1), allDay: false, start: at(day, start),
                        end: at(day, start + duration)))
            }
        }
        for meeting in plan.meetings {
            let series = scenario.meetingSeries(meeting.series)!
            let start = slots[meeting.slot].start.minutes
            result.append(
                EventOccurrence(
                    uid: meetingUID(meeting.series, meeting.index), allDay: false,
                    start: at(meeting.date, start),
                    end: at(meeting.date, start + series.durationMinutes)))
        }
        return result.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
    }

    @Test func expandingAllIcsWithLibicalGivesExactlyThePlansDatesAndTimes() throws {
        let text = try #require(try export()["all.ics"])
        let occurrences = try LibicalCalendarReader().expand(
            text, file: "all.ics", window: Fixtures.wholeRange, timeZone: "Europe/Copenhagen"
        ).occurrences
        #expect(occurrences == expectedOccurrences())
    }

    @Test func sessionsKeepTheirLocalTimeAcrossTheEndOfSummerTime() throws {
        let text = try #require(try export()["all.ics"])
        // Read in UTC: 09:00 is 07:00Z in summer time, 08:00Z after the last Sunday of October.
        let occurrences = try LibicalCalendarReader().expand(
            text, file: "all.ics", window: Fixtures.wholeRange, timeZone: "UTC"
        ).occurrences
        let group = occurrences.filter { sessionUIDs("uro-1-a").contains($0.uid) }
        #expect(group.map(\.start.day) == plan.supervisionGroups[0].sessions)
        #expect(group.map(\.start.minutes) == [7 * 60, 8 * 60, 8 * 60, 8 * 60, 8 * 60, 8 * 60])
        let inCopenhagen = try LibicalCalendarReader().expand(
            text, file: "all.ics", window: Fixtures.wholeRange, timeZone: "Europe/Copenhagen"
        ).occurrences
        #expect(
            inCopenhagen.filter { sessionUIDs("uro-1-a").contains($0.uid) }.allSatisfy { $0.start.minutes == 9 * 60 })
    }

    /// One event per key (REPLAN.md): each session is its own event, so a session moved by a
    /// week is just that event at its date; no RRULE or RECURRENCE-ID anywhere.
    @Test func eachSessionIsAnEventOfItsOwn() throws {
        let text = try #require(try export()["all.ics"])
        let calendar = try CalendarInspection.inspect(text)
        #expect(calendar.events.allSatisfy { $0.properties["RRULE"] == nil && !$0.isOverride })
        #expect(calendar.events.count == 6 + 3 * 6 + 3)
        #expect(calendar.events.count == Set(calendar.events.map(\.uid)).count, "one event per UID")
        let moved = try #require(calendar.events(uid: sessionUID("uro-1-b", 3)).first)
        #expect(moved.value("DTSTART") == "20261202T123000")
        #expect(moved.value("SUMMARY") == "STIME-supervision: Uro og opmærksomhed (uro-1-b), gang 3 af 6")
    }

    @Test func everyEventHasTheRequiredProperties() throws {
        let calendar = try CalendarInspection.inspect(try #require(try export()["all.ics"]))
        for event in calendar.events {
            for name in [
                "UID", "DTSTAMP", "SEQUENCE", "SUMMARY", "DTSTART", "DTEND", "LOCATION", "ORGANIZER", "CATEGORIES",
                "DESCRIPTION",
            ] {
                #expect(event.properties[name]?.count == 1, "\(event.uid) \(name)")
            }
            #expect(event.value("DTSTAMP") == "20260115T083000Z")
            #expect(event.value("SEQUENCE") == "0")
        }
        let physical = try #require(calendar.events(uid: sessionUID("uro-1-a", 1)).first)
        #expect(physical.value("LOCATION") == "Regionshospitalet Randers, mødecenter, Skovlyvej 15, 8930 Randers NØ")
        #expect(physical.value("GEO") != nil)
        #expect(physical.value("ORGANIZER") == "Karen Skov mailto:karen.skov@bua.example")
        #expect(physical.value("CATEGORIES") == "Supervision")
        let description = try #require(physical.value("DESCRIPTION"))
        for name in [
            "Karen Skov", "Behandler Aarhus 2", "Behandler Randers 3", "Behandler Randers 4", "Rasmus Nygaard",
        ] {
            #expect(description.contains(name), "description names \(name)")
        }

        let virtual = try #require(calendar.events(uid: sessionUID("krop-mad-1-a", 1)).first)
        #expect(virtual.value("LOCATION")?.hasPrefix("Online") == true)
        #expect(virtual.value("GEO") == nil)

        let training = try #require(calendar.events(uid: trainingUID("uro-1", 2)).first)
        #expect(training.value("SUMMARY") == "STIME-uddannelse: Uro og opmærksomhed, dag 2 af 3")
        #expect(training.value("CATEGORIES") == "Uddannelse")

        let meeting = try #require(calendar.events(uid: meetingUID("implementeringsgruppe-2026", 3)).first)
        #expect(meeting.value("CATEGORIES") == "Møde")
        #expect(meeting.value("ORGANIZER")?.hasSuffix("mailto:sekretariat@rm.example") == true)
        #expect(meeting.value("DESCRIPTION")?.contains("Repræsentant, Aarhus Kommune") == true)
    }

    @Test func eachAudienceGetsItsOwnActivities() throws {
        let files = try export()
        func uids(_ name: String) throws -> Set<String> {
            Set(try CalendarInspection.inspect(try #require(files[name], "\(name)")).events.map(\.uid))
        }
        let meetings = Set((1...3).map { meetingUID("implementeringsgruppe-2026", $0) })
        let uroDays: Set = [trainingUID("uro-1", 1), trainingUID("uro-1", 2), trainingUID("uro-1", 3)]
        let kropDays: Set = [
            trainingUID("krop-mad-1", 1), trainingUID("krop-mad-1", 2), trainingUID("krop-mad-1", 3),
        ]

        #expect(try uids("therapist-horsens-03.ics") == uroDays.union(sessionUIDs("uro-1-b")))
        #expect(try uids("therapist-aarhus-02.ics") == uroDays.union(sessionUIDs("uro-1-a")))
        #expect(try uids("municipality-aarhus.ics") == uroDays.union(sessionUIDs("uro-1-a")).union(meetings))
        #expect(
            try uids("psychologist-bua-p01.ics") == kropDays.union(sessionUIDs("krop-mad-1-a")).union(meetings))
        #expect(try uids("psychologist-bua-p03.ics") == uroDays.union(sessionUIDs("uro-1-a")))
        #expect(try uids("psychologist-bua-p04.ics").isEmpty)
        #expect(try uids("meetings-implementeringsgruppe-2026.ics") == meetings)
        #expect(try uids("meetings-tovholdernetvaerk.ics").isEmpty)
        #expect(try uids("all.ics").count == 6 + 3 * 6 + 3)
    }

    // MARK: - Stability and text

    @Test func uidsAreStableAcrossRunsAndReplans() throws {
        let first = try export()
        #expect(try export() == first, "same input, same clock: byte-identical files")

        var replanned = plan
        replanned.cohorts[0].days = ["2026-08-25", "2026-09-08", "2026-09-22"].map(Fixtures.day)
        replanned.supervisionGroups[0].sessions = replanned.supervisionGroups[0].sessions.map { $0.adding(days: 7) }
        let later = try export(replanned, stamp: Fixtures.stamp.addingTimeInterval(86_400))
        for name in first.keys {
            let before = try CalendarInspection.inspect(first[name]!).events.map(\.uid)
            let after = try CalendarInspection.inspect(try #require(later[name])).events.map(\.uid)
            #expect(Set(before) == Set(after), "\(name)")
        }
    }

    @Test func danishLettersCommasSemicolonsAndLongTextsSurvive() throws {
        var scenario = self.scenario
        let tricky = "Æblegården; Øster Ålum, sal 2 – \"Blå stue\" \\ bag kantinen"
        let address = String(repeating: "Åbyhøjvej 17, 8230 Åbyhøj; indgang C, ", count: 6) + "slut"
        let venueIndex = scenario.venues.firstIndex { $0.id == "rh-randers" }!
        scenario.venues[venueIndex].name = tricky
        scenario.venues[venueIndex].address = address
        let municipalityIndex = scenario.municipalities.firstIndex { $0.id == "aarhus" }!
        scenario.municipalities[municipalityIndex].name = "Aarhus; Kommune, Børn og Unge"
        scenario.municipalities[municipalityIndex].therapists[1].name = "Søren Ærø-Østergård, cand.psych.; \"Åse\""

        let files = try export(scenario: scenario)
        let calendar = try CalendarInspection.inspect(try #require(files["all.ics"]))
        let event = try #require(calendar.events(uid: sessionUID("uro-1-a", 1)).first)
        #expect(event.value("LOCATION") == "\(tricky), \(address)")
        #expect(event.value("DESCRIPTION")?.contains("Søren Ærø-Østergård, cand.psych.; \"Åse\"") == true)
        #expect(event.value("DESCRIPTION")?.contains("\n- Søren") == true, "line breaks survive")

        // Folding never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        let raw = Array(try #require(files["all.ics"]).utf8)
        var lineStart = 0
        for index in raw.indices where raw[index] == UInt8(ascii: "\n") {
            let line = Array(raw[lineStart..<index])
            #expect(String(validating: line, as: UTF8.self) != nil, "line at byte \(lineStart) splits a character")
            #expect(line.count <= 76)
            lineStart = index + 1
        }

        // X- values are not escaped by libical: commas and semicolons are kept out of them.
        let municipality = try CalendarInspection.inspect(try #require(files["municipality-aarhus.ics"]))
        let name = try #require(municipality.properties["X-WR-CALNAME"]?.first)
        #expect(!name.contains(",") && !name.contains(";"))
        #expect(name.contains("Aarhus"))
        #expect(municipality.properties["NAME"] == ["STIME – Aarhus; Kommune, Børn og Unge"])
    }

    /// An attendee's role that has parentheses of its own ("Kommune (PPR)") is not wrapped in
    /// another pair.
    @Test(arguments: OutputLanguage.allCases)
    func attendeeRolesAreNotWrappedTwice(_ language: OutputLanguage) throws {
        let calendar = try CalendarInspection.inspect(try #require(try export(language: language)["all.ics"]))
        let meeting = try #require(calendar.events(uid: meetingUID("implementeringsgruppe-2026", 2)).first)
        let description = try #require(meeting.value("DESCRIPTION"))
        #expect(description.contains("- Repræsentant, Aarhus Kommune – Kommune (PPR)\n"))
        #expect(!description.contains("(Kommune ("))
    }

    @Test func englishTextsWithLangEn() throws {
        let calendar = try CalendarInspection.inspect(try #require(try export(language: .en)["all.ics"]))
        let training = try #require(calendar.events(uid: trainingUID("uro-1", 1)).first)
        #expect(training.value("SUMMARY") == "STIME training: Uro og opmærksomhed, day 1 of 3")
        #expect(training.value("DESCRIPTION")?.contains("Participants (6)") == true)
        #expect(training.value("DESCRIPTION")?.contains("Tuesday 18 August 2026") == true)
        #expect(training.value("CATEGORIES") == "Training")
        #expect(calendar.properties["NAME"] == ["STIME – all activities"])
    }

    @Test func usesTemplatesFromAGivenFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stime-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in ["training", "supervision", "meeting"] {
            try "{{% CONTENT_TYPE: TEXT }}\nEgen tekst <{{date}}>".write(
                to: folder.appendingPathComponent("\(kind)-summary.da.mustache"), atomically: true, encoding: .utf8)
        }
        #expect(throws: CalendarExportError.self) {
            _ = try CalendarExport(
                scenario: scenario, plan: plan, templatesDirectory: folder, timestamp: Fixtures.stamp)
        }
        for kind in ["training", "supervision", "meeting"] {
            try "{{% CONTENT_TYPE: TEXT }}\nBeskrivelse {{#trainers}}{{name}} {{/trainers}}".write(
                to: folder.appendingPathComponent("\(kind)-description.da.mustache"), atomically: true, encoding: .utf8)
        }
        let files = try CalendarExport(
            scenario: scenario, plan: plan, templatesDirectory: folder, timestamp: Fixtures.stamp
        ).files()
        let calendar = try CalendarInspection.inspect(try #require(files.first { $0.name == "all.ics" }).contents)
        let training = try #require(calendar.events(uid: trainingUID("uro-1", 1)).first)
        #expect(training.value("SUMMARY") == "Egen tekst <tirsdag 18. august 2026>")
        #expect(training.value("DESCRIPTION") == "Beskrivelse Karen Skov Sara Lund")
    }

    @Test func namesInsideASectionFallBackToTheEnclosingValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stime-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [
            "training-summary": "{{manual.id}} {{uppercased(cohort)}} {{day}}/{{days}} {{plusone(days)}}",
            "training-description":
                "{{#trainers}}{{name}} ({{cohort}}, {{manual.shortTitle}}){{#email}}!{{/email}};{{/trainers}}",
            "supervision-summary": "{{group}}{{^virtual}} at {{#venue}}{{name}}{{/venue}}{{/virtual}}",
            "supervision-description":
                "{{#municipalities}}{{#participants}}{{name}}@{{group}} {{/participants}}{{/municipalities}}",
            "meeting-summary": "{{title}} {{index}}/{{count}}{{#manual}}never{{/manual}}",
            "meeting-description": "{{#attendees}}{{name}}{{#role}} [{{role}}, {{index}}]{{/role}}|{{/attendees}}",
        ]
        for (name, text) in texts {
            try "{{% CONTENT_TYPE: TEXT }}\n\(text)".write(
                to: folder.appendingPathComponent("\(name).da.mustache"), atomically: true, encoding: .utf8)
        }
        let files = try CalendarExport(
            scenario: scenario, plan: plan, templatesDirectory: folder, timestamp: Fixtures.stamp
        ).files()
        let calendar = try CalendarInspection.inspect(try #require(files.first { $0.name == "all.ics" }).contents)
        let training = try #require(calendar.events(uid: trainingUID("uro-1", 2)).first)
        #expect(training.value("SUMMARY") == "uro URO-1 2/3 4")
        #expect(training.value("DESCRIPTION")?.hasPrefix("Karen Skov (uro-1, Uro og opmærksomhed)") == true)
        let group = try #require(calendar.events(uid: sessionUID("uro-1-a", 1)).first)
        #expect(group.value("SUMMARY")?.hasPrefix("uro-1-a at ") == true)
        #expect(group.value("DESCRIPTION")?.contains("@uro-1-a ") == true)
        let meeting = try #require(calendar.events(uid: meetingUID("implementeringsgruppe-2026", 2)).first)
        #expect(
            meeting.value("SUMMARY")
                == "\(try #require(scenario.meetingSeries("implementeringsgruppe-2026")).title) 2/\(try #require(scenario.meetingSeries("implementeringsgruppe-2026")).count)"
        )
        #expect(meeting.value("DESCRIPTION")?.contains(", 2]|") == true)
    }

    @Test func renderingOnSeveralThreadsGivesTheSameActivitiesInTheSameOrder() throws {
        let plan = ExportBenchmarkTests.largePlan(cohorts: 40, meetings: 12)
        let templates = try EventTemplates(directory: nil, language: .da)
        let catalog = ActivityCatalog(
            scenario: scenario, plan: plan, templates: templates, wording: Wording(language: .da))
        func texts(_ activities: [CalendarActivity]) -> [String] {
            activities.map { "\($0.uid)\n\($0.summary)\n\($0.description)" }
        }
        let one = texts(catalog.activities(workers: 1))
        #expect(one.count == 40 * 3 + plan.supervisionGroups.reduce(0) { $0 + $1.sessions.count } + 12)
        #expect(texts(catalog.activities(workers: 3)) == one)
        #expect(texts(catalog.activities(workers: 7)) == one)
    }

    /// Zones libical names but does not define (UTC, GMT) and ordinary IANA zones: every
    /// calendar defines the zone its events name, and libical reads the local times back.
    @Test(arguments: ["UTC", "GMT", "America/New_York"])
    func exportsInEveryZoneOfTzdata(_ zone: String) throws {
        var scenario = self.scenario
        scenario.timezone = zone
        for (name, text) in try export(scenario: scenario) {
            let calendar = try CalendarInspection.inspect(text)
            #expect(calendar.timeZones == [zone], "\(name)")
            for event in calendar.events {
                #expect(event.tzids.allSatisfy { $0 == zone }, "\(name) \(event.uid)")
            }
        }
        let all = try #require(try export(scenario: scenario)["all.ics"])
        let occurrences = try LibicalCalendarReader().expand(
            all, file: "all.ics", window: Fixtures.wholeRange, timeZone: zone
        ).occurrences
        #expect(occurrences == expectedOccurrences(), "the plan's local dates and times, read in \(zone)")
    }
}
