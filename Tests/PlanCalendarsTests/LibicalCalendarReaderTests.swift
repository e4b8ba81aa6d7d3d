import Foundation
import PlanningModel
import Testing

@testable import PlanCalendars

@Suite struct LibicalCalendarReaderTests {
    static let horizon = DateRange(from: Fixtures.day("2026-01-01"), to: Fixtures.day("2027-06-30"))

    /// A calendar file around `body` (lines joined with CRLF, as Outlook writes them).
    static func calendar(_ body: [String], zones: [String] = []) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN"] + zones + body + ["END:VCALENDAR"])
            .joined(separator: "\r\n") + "\r\n"
    }

    static func event(_ uid: String, _ lines: String...) -> [String] {
        ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:20260101T000000Z"] + lines + ["END:VEVENT"]
    }

    static let newYork = [
        "BEGIN:VTIMEZONE", "TZID:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
    ]

    /// Outlook's own name for Copenhagen's zone, with the definition Outlook writes.
    static let romance = [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
    ]

    private func busyDays(_ text: String, horizon: DateRange = Self.horizon) throws -> [String: Set<Slot>] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stime-\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let days = try LibicalCalendarReader().read(
            file, horizon: horizon, timeZone: "Europe/Copenhagen", slots: Fixtures.scenario.slots
        ).busyDays
        return Dictionary(uniqueKeysWithValues: days.map { ($0.day.description, $0.slots) })
    }

    private func failure(_ text: String) -> ExternalCalendarError? {
        do {
            _ = try busyDays(text)
            return nil
        } catch let error as ExternalCalendarError {
            return error
        } catch {
            return nil
        }
    }

    private let both: Set<Slot> = [.am, .pm]

    @Test func allDayEventsCoverExactlyTheirDates() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event("summer", "DTSTART;VALUE=DATE:20260701", "DTEND;VALUE=DATE:20260704")
                    + Self.event("one-day", "DTSTART;VALUE=DATE:20260805")
                    + Self.event("two-by-duration", "DTSTART;VALUE=DATE:20260810", "DURATION:P2D")))
        #expect(
            days == [
                "2026-07-01": both, "2026-07-02": both, "2026-07-03": both, "2026-08-05": both,
                "2026-08-10": both, "2026-08-11": both,
            ])
    }

    @Test func timedEventsCoverEverySlotTheyOverlap() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event(
                    "morning", "DTSTART;TZID=Europe/Copenhagen:20260310T100000",
                    "DTEND;TZID=Europe/Copenhagen:20260310T110000")
                    + Self.event(
                        "lunch", "DTSTART;TZID=Europe/Copenhagen:20260311T113000",
                        "DTEND;TZID=Europe/Copenhagen:20260311T130000")
                    + Self.event(
                        "evening", "DTSTART;TZID=Europe/Copenhagen:20260312T180000",
                        "DTEND;TZID=Europe/Copenhagen:20260312T200000")
                    + Self.event(
                        "night", "DTSTART;TZID=Europe/Copenhagen:20260313T220000",
                        "DTEND;TZID=Europe/Copenhagen:20260314T100000")
                    + Self.event(
                        "gap", "DTSTART;TZID=Europe/Copenhagen:20260316T120000",
                        "DTEND;TZID=Europe/Copenhagen:20260316T123000")
                    + Self.event("floating", "DTSTART:20260317T130000", "DTEND:20260317T140000")))
        #expect(
            days == [
                "2026-03-10": [.am], "2026-03-11": both, "2026-03-12": [], "2026-03-13": [], "2026-03-14": [.am],
                "2026-03-16": [], "2026-03-17": [.pm],
            ])
    }

    @Test func weeklyRuleWithExdateAcrossTheEndOfSummerTime() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event(
                    "weekly", "DTSTART;TZID=Europe/Copenhagen:20261006T113000",
                    "DTEND;TZID=Europe/Copenhagen:20261006T120000",
                    "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Copenhagen:20261020T113000",
                    "RDATE;TZID=Europe/Copenhagen:20261202T130000")))
        // 11:30 local stays 11:30 after 25 October: the morning slot, not the afternoon one.
        #expect(
            days == [
                "2026-10-06": [.am], "2026-10-13": [.am], "2026-10-27": [.am], "2026-11-03": [.am], "2026-12-02": [.pm],
            ])
    }

    @Test func dailyRuleWithUntilAndDateExdates() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event(
                    "course", "DTSTART;VALUE=DATE:20260601", "DTEND;VALUE=DATE:20260602",
                    "RRULE:FREQ=DAILY;UNTIL=20260605", "EXDATE;VALUE=DATE:20260603,20260604")))
        #expect(days == ["2026-06-01": both, "2026-06-02": both, "2026-06-05": both])
    }

    @Test func cancelledAndTransparentEventsAreSkipped() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event("cancelled", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20260901")
                    + Self.event("free", "TRANSP:TRANSPARENT", "DTSTART;VALUE=DATE:20260902")
                    + Self.event("busy", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "DTSTART;VALUE=DATE:20260903")
                    + Self.event(
                        "series", "DTSTART;TZID=Europe/Copenhagen:20260907T090000",
                        "DTEND;TZID=Europe/Copenhagen:20260907T100000",
                        "RRULE:FREQ=WEEKLY;COUNT=3")
                    + Self.event(
                        "series", "RECURRENCE-ID;TZID=Europe/Copenhagen:20260914T090000", "STATUS:CANCELLED",
                        "DTSTART;TZID=Europe/Copenhagen:20260914T090000", "DTEND;TZID=Europe/Copenhagen:20260914T100000"
                    )
                    + Self.event(
                        "series", "RECURRENCE-ID;TZID=Europe/Copenhagen:20260921T090000",
                        "DTSTART;TZID=Europe/Copenhagen:20260922T140000", "DTEND;TZID=Europe/Copenhagen:20260922T150000"
                    )))
        #expect(days == ["2026-09-03": both, "2026-09-07": [.am], "2026-09-22": [.pm]])
    }

    @Test func timesInAnotherTimeZoneAreConverted() throws {
        let days = try busyDays(
            Self.calendar(
                // New York is on summer time from 8 March 2026, Copenhagen from 29 March:
                // 04:00 EDT = 08:00Z = 09:00 CET.
                Self.event(
                    "ny", "DTSTART;TZID=America/New_York:20260310T040000", "DTEND;TZID=America/New_York:20260310T050000"
                )
                    // 11:00Z = 13:00 CEST.
                    + Self.event("utc", "DTSTART:20260602T110000Z", "DTEND:20260602T113000Z")
                    // Outlook's Windows zone name with its own VTIMEZONE.
                    + Self.event(
                        "outlook", "DTSTART;TZID=Romance Standard Time:20261026T100000",
                        "DTEND;TZID=Romance Standard Time:20261026T110000")
                    // An IANA name without a VTIMEZONE: libical's built-in zone. 23:00 in Tokyo = 15:00 CET.
                    + Self.event(
                        "tokyo", "DTSTART;TZID=Asia/Tokyo:20261110T230000", "DTEND;TZID=Asia/Tokyo:20261110T233000"),
                zones: Self.newYork + Self.romance))
        #expect(days == ["2026-03-10": [.am], "2026-06-02": [.pm], "2026-10-26": [.am], "2026-11-10": [.pm]])
    }

    @Test func onlyDatesInsideTheHorizonAreReturned() throws {
        let horizon = DateRange(from: Fixtures.day("2026-02-02"), to: Fixtures.day("2026-02-28"))
        let days = try busyDays(
            Self.calendar(
                Self.event("birthday", "DTSTART;VALUE=DATE:19800210", "RRULE:FREQ=YEARLY")
                    + Self.event("long", "DTSTART;VALUE=DATE:20260126", "DTEND;VALUE=DATE:20260204")),
            horizon: horizon)
        #expect(days == ["2026-02-02": both, "2026-02-03": both, "2026-02-10": both])
    }

    @Test func severalCalendarsInOneFileAreAllRead() throws {
        let text =
            Self.calendar(Self.event("a", "DTSTART;VALUE=DATE:20260401"))
            + Self.calendar(Self.event("b", "DTSTART;VALUE=DATE:20260402"))
        #expect(try busyDays(text) == ["2026-04-01": both, "2026-04-02": both])
    }

    @Test func aMissingFileIsUnreadable() {
        let missing = URL(fileURLWithPath: "/nonexistent/ferie.ics")
        #expect(throws: ExternalCalendarError.unreadable(file: "/nonexistent/ferie.ics", reason: "no such file")) {
            _ = try LibicalCalendarReader().read(
                missing, horizon: Self.horizon, timeZone: "Europe/Copenhagen", slots: SlotTimes())
        }
    }

    static let malformed: [String: String] = [
        "bad date": calendar(event("x", "DTSTART:2026-13-45")),
        "no property name": calendar(event("x", "DTSTART;VALUE=DATE:20260401", "this line has no colon")),
        "bad rule": calendar(event("x", "DTSTART;VALUE=DATE:20260401", "RRULE:FREQ=SOMETIMES;COUNT=x")),
        "missing END": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260401\r\n",
        "not iCalendar": "Name,From,To\r\nSommerferie,2026-06-27,2026-08-09\r\n",
        "empty": "",
        "unknown zone": calendar(event("x", "DTSTART;TZID=Mars/Olympus:20260401T090000")),
        "no DTSTART": calendar(event("x", "SUMMARY:Nothing")),
    ]

    @Test(arguments: [
        ("bad date", 7), ("no property name", 8), ("bad rule", 8), ("missing END", 5), ("not iCalendar", 1),
        ("empty", 0), ("unknown zone", 7), ("no DTSTART", 5),
    ])
    func aMalformedFileIsRejectedWithItsLine(name: String, line: Int) throws {
        let text = try #require(Self.malformed[name])
        let error = try #require(failure(text), "\(name) must be rejected")
        guard case .malformed(let file, let reported, let reason) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(file.hasSuffix(".ics"))
        #expect(!reason.isEmpty)
        #expect(reported == (line == 0 ? nil : line), "\(name): \(reason)")
    }

    @Test func wellFormedCalendarsFromTheExportAreReadBack() throws {
        let file = try #require(
            try CalendarExport(scenario: Fixtures.scenario, plan: Fixtures.plan, timestamp: Fixtures.stamp)
                .files().first { $0.name == "therapist-horsens-03.ics" })
        let days = try busyDays(file.contents)
        #expect(days["2026-08-18"] == both)
        #expect(days["2026-12-02"] == [.pm])
        #expect(days["2026-11-25"] == nil, "moved session leaves its grid date free")
        #expect(days.count == 3 + 6)
    }

    // MARK: - Recurrences by what they cover

    /// A million one-second instances from 28 September 2026 09:00 run to 9 October 22:46:
    /// every one of those twelve days is busy (an instance count limit used to stop after
    /// 200 000 instances, on 30 September).
    @Test func aSecondlyRuleWithAMillionInstancesCoversEveryDayItReaches() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event(
                    "closure", "DTSTART:20260928T070000Z", "DTEND:20260928T070001Z", "RRULE:FREQ=SECONDLY;COUNT=1000000"
                )))
        let expected = (0..<12).map { Fixtures.day("2026-09-28").adding(days: $0).description }
        #expect(days.keys.sorted() == expected)
        #expect(days.values.allSatisfy { $0 == both })
    }

    /// A dense rule is reduced by arithmetic, a rule with a `BY…` part through libical's
    /// iterator; where both describe the same instances they give the same days and slots.
    @Test(arguments: [
        ("20261001T061500", "PT20M", "FREQ=MINUTELY;INTERVAL=97;COUNT=4000"),
        ("20261001T221500", "PT2H", "FREQ=HOURLY;INTERVAL=29;COUNT=300"),
        ("20261001T083000", "PT0S", "FREQ=HOURLY;INTERVAL=13;UNTIL=20270301T000000"),
        ("20261001T120000", "PT45M", "FREQ=MINUTELY;INTERVAL=611;COUNT=2000"),
    ])
    func aDenseRuleCoversWhatLibicalsIteratorSays(start: String, duration: String, rule: String) throws {
        let sameSecond = rule.hasPrefix("FREQ=HOURLY") ? ";BYMINUTE=\(start.dropFirst(11).prefix(2))" : ";BYSECOND=0"
        func days(_ rule: String) throws -> [String: Set<Slot>] {
            try busyDays(
                Self.calendar(
                    Self.event(
                        "r", "DTSTART:\(start)", "DURATION:\(duration)", "RRULE:\(rule)", "EXDATE:20261003T083000")))
        }
        let dense = try days(rule)
        #expect(dense.count > 20)
        #expect(dense == (try days(rule + sameSecond)))
    }

    @Test func excludedInstancesOfADenseRuleLeaveTheirDayFree() throws {
        let days = try busyDays(
            Self.calendar(
                Self.event(
                    "early", "DTSTART:20261001T050000Z", "DTEND:20261001T053000Z",
                    "RRULE:FREQ=HOURLY;INTERVAL=24;COUNT=3",
                    "EXDATE:20261002T050000Z")))
        #expect(days == ["2026-10-01": [], "2026-10-03": []])
    }

    /// An endless rule from 1605 is moved forward by a whole 400-year period before it is
    /// iterated, which keeps every weekday where it was: the Fridays of September 2026.
    @Test func anEndlessRuleFromLongAgoKeepsItsWeekdays() throws {
        let horizon = DateRange(from: Fixtures.day("2026-09-01"), to: Fixtures.day("2026-09-30"))
        let days = try busyDays(
            Self.calendar(
                Self.event("old", "DTSTART:16050902T100000", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=FR")),
            horizon: horizon)
        #expect(days.keys.sorted() == ["2026-09-04", "2026-09-11", "2026-09-18", "2026-09-25"])
        #expect(days.values.allSatisfy { $0 == [.am] })
    }

    /// Past its instance budget a rule is read as busy from there on, with a warning: more
    /// than it says, never less.
    @Test func aRuleBeyondTheBudgetIsReadAsBusyFromThereOnWithAWarning() throws {
        let text = Self.calendar(
            Self.event("evenings", "DTSTART:20260901T200000", "DURATION:PT1H", "RRULE:FREQ=DAILY;BYHOUR=20,21"))
        let window = DateRange(from: Fixtures.day("2026-09-01"), to: Fixtures.day("2026-09-30"))
        let expansion = try Libical.run { () throws -> EventExpander.Expansion in
            let zone = try #require(EventExpander.zone(named: "Europe/Copenhagen"))
            let calendar = try ICalParser.parse(text)
            var expander = EventExpander(zone: zone, window: window, slots: Fixtures.scenario.slots)
            expander.instanceBudget = 20
            return try expander.expand(calendar.view, source: text)
        }
        let days = BusyDayMapper(horizon: window, slots: Fixtures.scenario.slots).busyDays(expansion.occurrences)
        #expect(days.map(\.day) == window.days, "every day stays busy")
        #expect(
            days.filter { $0.slots.isEmpty }.map(\.day.description)
                == (1...10).map { String(format: "2026-09-%02d", $0) })
        #expect(days.last?.slots == both)
        #expect(expansion.warnings.count == 1)
        #expect(expansion.warnings.first?.message.contains("more than 20 instances") == true)
    }

    @Test func aDateWrittenWithDashesAndColonsIsReadWithAWarning() throws {
        let text = Self.calendar(
            Self.event(
                "iso", "DTSTART:2026-09-28T07:00:00Z", "DTEND:20260928T080000Z", "RRULE:FREQ=DAILY;COUNT=3",
                "EXDATE:2026-09-29T07:00:00Z")
                + Self.event("until", "DTSTART;VALUE=DATE:20261005", "RRULE:FREQ=DAILY;UNTIL=2026-10-06"))
        let expansion = try LibicalCalendarReader().expand(
            text, file: "iso.ics", window: Self.horizon, timeZone: "Europe/Copenhagen")
        #expect(
            expansion.occurrences.map(\.start.description) == [
                "2026-09-28 09:00", "2026-09-30 09:00", "2026-10-05 00:00", "2026-10-06 00:00",
            ])
        #expect(expansion.warnings.map(\.line) == [7, 10, 16])
        #expect(expansion.warnings.first?.message.contains("'2026-09-28T07:00:00Z'") == true)
        #expect(expansion.warnings.first?.message.contains("20260928T070000Z") == true)
        #expect(expansion.warnings.last?.message.contains("RRULE UNTIL") == true)
        let clean = try LibicalCalendarReader().expand(
            Self.calendar(
                Self.event(
                    "ok", "DTSTART;TZID=\"Europe/Copenhagen\":20260928T090000",
                    "RDATE;VALUE=PERIOD:20261001T090000/PT1H", "EXDATE;VALUE=DATE:20261002")),
            file: "ok.ics", window: Self.horizon, timeZone: "Europe/Copenhagen")
        #expect(clean.warnings.isEmpty)
        #expect(clean.occurrences.count == 2)
    }
}
