import Foundation
import PlanningModel
import Testing
@testable import PlanCalendars

/// Export speed on a large plan. Runs with `STIME_BENCH=1`; figures go to BENCHMARKS.md:
///
///     swift build -c release --build-tests -Xswiftc -enable-testing
///     STIME_BENCH=1 swift test -c release -Xswiftc -enable-testing --skip-build --filter ExportBenchmarkTests
@Suite struct ExportBenchmarkTests {
    /// A plan with `cohorts × 3` training days, `cohorts` supervision groups (every third
    /// with a session shifted by a week) and `meetings` meetings, built from the default
    /// scenario's people and places.
    static func largePlan(cohorts: Int, meetings: Int) -> Plan {
        let scenario = Fixtures.scenario
        let therapists = scenario.municipalities.filter(\.stime).flatMap(\.therapists).map(\.id)
        let psychologists = scenario.psychologists.map(\.id)
        let venues = scenario.venues.map(\.id)
        let manuals = scenario.manuals
        let monday = Fixtures.day("2026-02-02")
        var plan = Fixtures.plan
        plan.cohorts = []
        plan.supervisionGroups = []
        plan.meetings = []
        for index in 0..<cohorts {
            let manual = manuals[index % manuals.count]
            let first = monday.adding(days: (index % 60) * 7 + index % 5)
            let participants = (0..<6).map { therapists[(index * 7 + $0 * 11) % therapists.count] }
            let trainers = [psychologists[index % psychologists.count], psychologists[(index + 3) % psychologists.count]]
            let id = "c\(index)"
            plan.cohorts.append(Cohort(
                id: id, manual: manual.id, venue: venues[index % venues.count], trainers: trainers,
                days: [first, first.adding(days: 14), first.adding(days: 28)], participants: participants))
            var gaps = Array(repeating: manual.supervision.cadenceDays, count: manual.supervision.sessions - 1)
            if index % 3 == 0 { gaps[1] += 7 }
            let sessions = gaps.reduce(into: [first.adding(days: 49)]) { $0.append($0.last!.adding(days: $1)) }
            plan.supervisionGroups.append(SupervisionGroup(
                id: "\(id)-a", manual: manual.id, cohort: id, supervisor: trainers[0], mode: manual.supervision.mode,
                venue: manual.supervision.mode == .virtual ? nil : venues[(index + 1) % venues.count],
                slot: index % 2 == 0 ? .am : .pm, sessions: sessions, members: participants))
        }
        for index in 0..<meetings {
            plan.meetings.append(Meeting(
                series: "implementeringsgruppe-2026", index: index + 1, date: monday.adding(days: index % 300),
                slot: .pm, venue: venues[index % venues.count]))
        }
        return plan
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["STIME_BENCH"] == "1"))
    func exportTenThousandEvents() throws {
        let plan = Self.largePlan(cohorts: 2_000, meetings: 2_000)
        let events = plan.cohorts.count * 3 + plan.supervisionGroups.count + plan.meetings.count
        let export = try CalendarExport(scenario: Fixtures.scenario, plan: plan, timestamp: Fixtures.stamp)
        _ = try export.files()  // warm up: templates, time zone, allocator
        var best = Double.infinity
        var files: [CalendarFile] = []
        for _ in 0..<3 {
            let clock = ContinuousClock()
            let start = clock.now
            files = try export.files()
            let elapsed = start.duration(to: clock.now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
        let vevents = files.first { $0.name == "all.ics" }!.contents.components(separatedBy: "BEGIN:VEVENT").count - 1
        print("export: \(events) activities, \(vevents) VEVENTs in all.ics, \(files.count) files, \(bytes / 1_000_000) MB, best of 3: \(String(format: "%.3f", best)) s")
        #expect(vevents >= 10_000)
    }

    /// Where the time goes: template rendering, libical building and serialising events,
    /// joining the files.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["STIME_BENCH"] == "1"))
    func exportPhases() throws {
        let plan = Self.largePlan(cohorts: 2_000, meetings: 2_000)
        let templates = try EventTemplates(directory: nil, language: .da)
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ label: String) {
            print("phase \(label): \(mark.duration(to: clock.now))")
            mark = clock.now
        }
        let catalog = ActivityCatalog(scenario: Fixtures.scenario, plan: plan, templates: templates, wording: Wording(language: .da))
        let activities = catalog.activities()
        lap("templates (Mustache)")
        let events = Libical.run { () -> [String] in
            let writer = EventWriter(stamp: CalendarExport.utc(Fixtures.stamp), sequence: 0, tzid: "Europe/Copenhagen")
            return activities.map(writer.text(of:))
        }
        lap("libical events")
        var members: [Audience: [Int]] = [:]
        for (index, activity) in activities.enumerated() {
            for audience in activity.audiences { members[audience, default: []].append(index) }
        }
        var bytes = 0
        for (_, indices) in members {
            bytes += CalendarExport.splice(indices.map { events[$0] }, into: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").utf8.count
        }
        lap("audiences and joining (\(bytes / 1_000_000) MB)")
    }
}
