import Foundation
import Testing

@testable import PlanningModel

/// A reader that answers from a table, standing in for the libical one.
private struct TableReader: ExternalCalendarReader {
    var days: [String: [BusyDay]]
    var malformed: Set<String> = []
    var warnings: [String: [ExternalCalendarWarning]] = [:]

    func read(_ file: URL, horizon: DateRange, timeZone: String, slots: SlotTimes) throws(ExternalCalendarError)
        -> ExternalCalendar
    {
        if malformed.contains(file.lastPathComponent) {
            throw .malformed(file: file.lastPathComponent, line: 3, reason: "missing END:VCALENDAR")
        }
        return ExternalCalendar(
            busyDays: days[file.lastPathComponent] ?? [], warnings: warnings[file.lastPathComponent] ?? [])
    }
}

@Suite struct CalendarFilesTests {
    private let withCalendars = MiniScenario.replacing(
        "horizon: {from: 2026-09-01, to: 2026-12-18}",
        with: "horizon: {from: 2026-09-01, to: 2026-12-18}\ncalendar:\n  closedCalendars: [closed.ics]"
    )
    .replacingOccurrences(
        of: "    maxDaysPerMonth: 6", with: "    maxDaysPerMonth: 6\n    unavailableCalendars: [p1.ics]")

    private func directory(with files: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stime-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in files {
            try Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8).write(to: url.appendingPathComponent(file))
        }
        return url
    }

    @Test func saysCalendarsCannotBeReadWithoutAReader() {
        let errors = MiniScenario.errors(withCalendars)
        #expect(errors.map(\.path) == ["calendar.closedCalendars[0]", "psychologists[0].unavailableCalendars[0]"])
        #expect(errors.allSatisfy { $0.message.contains("no iCalendar reader") })
    }

    @Test func reportsMissingAndMalformedFiles() throws {
        let base = try directory(with: ["p1.ics"])
        defer { try? FileManager.default.removeItem(at: base) }
        let reader = TableReader(days: [:], malformed: ["p1.ics"])
        do {
            _ = try ScenarioLoader(calendarReader: reader).load(
                data: Data(withCalendars.utf8), fileName: "mini.yaml",
                baseDirectory: base)
            Issue.record("expected invalid")
        } catch {
            let errors = error.errors
            #expect(errors.map(\.path) == ["calendar.closedCalendars[0]", "psychologists[0].unavailableCalendars[0]"])
            #expect(errors.first?.message.contains("calendar file not found") == true)
            #expect(errors.last?.message.contains("not valid iCalendar (line 3)") == true)
            #expect(errors.first?.line == MiniScenario.line(of: "closedCalendars", in: withCalendars))
            #expect(errors.map(\.isUnreadableFile) == [true, false])
            #expect(error.isUnreadable, "a missing file is unreadable input (66)")
        }
        let complete = try directory(with: ["p1.ics", "closed.ics"])
        defer { try? FileManager.default.removeItem(at: complete) }
        do {
            _ = try ScenarioLoader(calendarReader: reader).load(
                data: Data(withCalendars.utf8), fileName: "mini.yaml",
                baseDirectory: complete)
            Issue.record("expected invalid")
        } catch {
            #expect(error.errors.count == 1)
            #expect(!error.isUnreadable, "a file that exists but does not parse is invalid input (65)")
        }
    }

    @Test func feedsBusyDaysIntoTheCalendar() throws {
        let base = try directory(with: ["p1.ics", "closed.ics"])
        defer { try? FileManager.default.removeItem(at: base) }
        let day = CalendarDay(iso: "2026-09-15")!
        let reader = TableReader(days: [
            "closed.ics": [BusyDay(day: CalendarDay(iso: "2026-09-14")!, slots: [])],
            "p1.ics": [BusyDay(day: day, slots: [.am])],
        ])
        let loaded = try ScenarioLoader(calendarReader: reader).load(
            data: Data(withCalendars.utf8), fileName: "mini.yaml",
            baseDirectory: base)
        #expect(!loaded.calendar.isWorkday(CalendarDay(iso: "2026-09-14")!))
        #expect(!loaded.calendar.isAvailable(.psychologist("p1"), on: day, slot: .am))
        #expect(loaded.calendar.isAvailable(.psychologist("p1"), on: day, slot: .pm))
    }

    @Test func passesTheReadersWarningsOnAtTheFilesPath() throws {
        let base = try directory(with: ["p1.ics", "closed.ics"])
        defer { try? FileManager.default.removeItem(at: base) }
        let warning = ExternalCalendarWarning(
            line: 7, message: "DTSTART '2026-09-28T07:00:00Z' is not iCalendar syntax")
        let reader = TableReader(days: [:], warnings: ["closed.ics": [warning]])
        let loaded = try ScenarioLoader(calendarReader: reader).load(
            data: Data(withCalendars.utf8), fileName: "mini.yaml", baseDirectory: base)
        let found = loaded.warnings.filter { $0.message.contains("2026-09-28T07:00:00Z") }
        #expect(found.map(\.path) == ["calendar.closedCalendars[0]"])
        #expect(found.first?.message.contains("closed.ics, line 7: DTSTART") == true, "\(found)")
    }
}
