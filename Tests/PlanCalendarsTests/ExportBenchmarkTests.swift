import Foundation
import PlanningModel
import Testing

@testable import PlanCalendars

/// Export speed on two large plans. Runs with `STIME_BENCH=1`; figures go to BENCHMARKS.md:
///
///     swift build -c release --build-tests -Xswiftc -enable-testing
///     STIME_BENCH=1 swift test -c release -Xswiftc -enable-testing --skip-build --filter ExportBenchmarkTests
///
/// Each line ends with an FNV-1a checksum of every file's bytes, so that a speed-up can be
/// shown to leave the output byte for byte the same.
@Suite(.serialized) struct ExportBenchmarkTests {
    /// A plan with `cohorts × 3` training days, `cohorts` supervision groups (every third
    /// with a session shifted by a week) and `meetings` meetings, built from the default
    /// scenario's people and places.
    ///
    /// A stress test rather than a real plan: 60 therapists share 2,000 cohorts, so each
    /// takes part in 200 of them, and one series has 2,000 meetings with 31 attendees. Every
    /// event lands in ~14 files (353 MB in all).
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
            let trainers = [
                psychologists[index % psychologists.count], psychologists[(index + 3) % psychologists.count],
            ]
            let id = "c\(index)"
            plan.cohorts.append(
                Cohort(
                    id: id, manual: manual.id, venue: venues[index % venues.count], trainers: trainers,
                    days: [first, first.adding(days: 14), first.adding(days: 28)], participants: participants))
            var gaps = Array(repeating: manual.supervision.cadenceDays, count: manual.supervision.sessions - 1)
            if index % 3 == 0 { gaps[1] += 7 }
            let sessions = gaps.reduce(into: [first.adding(days: 49)]) { $0.append($0.last!.adding(days: $1)) }
            plan.supervisionGroups.append(
                SupervisionGroup(
                    id: "\(id)-a", manual: manual.id, cohort: id, supervisor: trainers[0],
                    mode: manual.supervision.mode,
                    venue: manual.supervision.mode == .virtual ? nil : venues[(index + 1) % venues.count],
                    slot: index % 2 == 0 ? .am : .pm, sessions: sessions, members: participants))
        }
        for index in 0..<meetings {
            plan.meetings.append(
                Meeting(
                    series: "implementeringsgruppe-2026", index: index + 1, date: monday.adding(days: index % 300),
                    slot: .pm, venue: venues[index % venues.count]))
        }
        return plan
    }

    /// The default scenario scaled to all 98 Danish municipalities, 12 therapists each
    /// (1,176 therapists); the first 19 keep their ids, so the meeting series' attendees
    /// still point at them.
    static let nationalScenario: Scenario = {
        var scenario = Fixtures.scenario
        let base = scenario.municipalities
        scenario.municipalities = (0..<98).map { index in
            var municipality = base[index % base.count]
            if index >= base.count {
                municipality.id = "\(municipality.id)-\(index)"
                municipality.name = "Kommune \(index + 1)"
            }
            municipality.stime = true
            let template = municipality.therapists.first ?? base[0].therapists[0]
            municipality.therapists = (1...12).map { number in
                var therapist = template
                therapist.id = "\(municipality.id)-t\(number)"
                therapist.name = "Behandler \(municipality.name) \(number)"
                therapist.email = "\(therapist.id)@example.dk"
                return therapist
            }
            return municipality
        }
        return scenario
    }()

    /// A realistic plan of ~10,000 events for ``nationalScenario``: `cohorts` cohorts of 8
    /// therapists from two neighbouring municipalities (3 training days each), two
    /// supervision groups of 4 per cohort (6–8 sessions, every third group with a session
    /// shifted by a week), and every meeting series' meetings with their real attendees.
    static func nationalPlan(cohorts: Int) -> Plan {
        let scenario = nationalScenario
        let municipalities = scenario.municipalities
        let psychologists = scenario.psychologists.map(\.id)
        let venues = scenario.venues.map(\.id)
        let manuals = scenario.manuals
        let monday = Fixtures.day("2026-02-02")
        var plan = Fixtures.plan
        plan.scenario = scenario.name
        plan.cohorts = []
        plan.supervisionGroups = []
        plan.meetings = []
        for index in 0..<cohorts {
            let manual = manuals[index % manuals.count]
            let first = monday.adding(days: (index % 60) * 7 + index % 5)
            let home = municipalities[index % municipalities.count]
            let neighbour = municipalities[(index + 1) % municipalities.count]
            let seat = (index / municipalities.count) % 3 * 4
            let participants =
                (0..<4).map { home.therapists[seat + $0].id }
                + (0..<4).map { neighbour.therapists[(seat + 4 + $0) % 12].id }
            let trainers = [
                psychologists[index % psychologists.count], psychologists[(index + 3) % psychologists.count],
            ]
            let id = "c\(index)"
            plan.cohorts.append(
                Cohort(
                    id: id, manual: manual.id, venue: venues[index % venues.count], trainers: trainers,
                    days: [first, first.adding(days: 14), first.adding(days: 28)], participants: participants))
            for (half, suffix) in ["a", "b"].enumerated() {
                var gaps = Array(repeating: manual.supervision.cadenceDays, count: manual.supervision.sessions - 1)
                if (index * 2 + half) % 3 == 0 { gaps[1] += 7 }
                let sessions = gaps.reduce(into: [first.adding(days: 49 + half)]) {
                    $0.append($0.last!.adding(days: $1))
                }
                plan.supervisionGroups.append(
                    SupervisionGroup(
                        id: "\(id)-\(suffix)", manual: manual.id, cohort: id, supervisor: trainers[half],
                        mode: manual.supervision.mode,
                        venue: manual.supervision.mode == .virtual ? nil : venues[(index + half) % venues.count],
                        slot: half == 0 ? .am : .pm, sessions: sessions,
                        members: Array(participants[(half * 4)..<(half * 4 + 4)])))
            }
        }
        for series in scenario.meetings {
            for index in 0..<series.count {
                plan.meetings.append(
                    Meeting(
                        series: series.id, index: index + 1,
                        date: series.window.from.adding(days: index * 7 * max(4, series.minGapWeeks)),
                        slot: series.slot, venue: series.venues[index % series.venues.count]))
            }
        }
        return plan
    }

    /// Runs of each export after the warm-up (`STIME_BENCH_RUNS`, default 5).
    static let runs = Int(ProcessInfo.processInfo.environment["STIME_BENCH_RUNS"] ?? "") ?? 5

    /// CPU time of the whole process (every thread), in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Exports `plan` once to warm up, then ``runs`` times, and prints the best wall-clock
    /// time and the best CPU time (all threads; on a loaded machine the steadier figure).
    static func benchmark(_ label: String, scenario: Scenario, plan: Plan, language: OutputLanguage) throws -> Int {
        let export = try CalendarExport(scenario: scenario, plan: plan, language: language, timestamp: Fixtures.stamp)
        var files = try export.files()  // warm up: templates, time zone, allocator
        var best = Double.infinity
        var bestCPU = Double.infinity
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let start = clock.now
            let startCPU = cpuSeconds()
            files = try export.files()
            bestCPU = min(bestCPU, cpuSeconds() - startCPU)
            let elapsed = start.duration(to: clock.now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let instances =
            plan.cohorts.reduce(0) { $0 + $1.days.count }
            + plan.supervisionGroups.reduce(0) { $0 + $1.sessions.count } + plan.meetings.count
        let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
        let all = files.first { $0.name == "all.ics" }!.contents
        let vevents = all.components(separatedBy: "BEGIN:VEVENT").count - 1
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.name.utf8 { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01b3 }
            for byte in file.contents.utf8 { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        print(
            """
            export \(label) (\(language.rawValue)): \(instances) events, \
            \(vevents) VEVENTs in all.ics (\(all.utf8.count / 1_000_000) MB), \(files.count) files, \
            \(bytes / 1_000_000) MB, best of \(runs): \(String(format: "%.3f", best)) s \
            (CPU \(String(format: "%.3f", bestCPU)) s), \
            checksum \(String(checksum, radix: 16))
            """)
        return vevents
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["STIME_BENCH"] == "1"))
    func exportTenThousandActivities() throws {
        let plan = Self.largePlan(cohorts: 2_000, meetings: 2_000)
        let vevents = try Self.benchmark("stress", scenario: Fixtures.scenario, plan: plan, language: .da)
        #expect(vevents >= 10_000)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["STIME_BENCH"] == "1"))
    func exportRealisticTenThousandEvents() throws {
        let plan = Self.nationalPlan(cohorts: 600)
        _ = try Self.benchmark("national", scenario: Self.nationalScenario, plan: plan, language: .da)
        _ = try Self.benchmark("national", scenario: Self.nationalScenario, plan: plan, language: .en)
    }

    /// Where the time goes: template rendering, libical building and serialising events,
    /// joining the files (the second of two rounds, so that the first warms up).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["STIME_BENCH"] == "1"))
    func exportPhases() throws {
        let plan = Self.largePlan(cohorts: 2_000, meetings: 2_000)
        let templates = try EventTemplates(directory: nil, language: .da)
        let catalog = ActivityCatalog(
            scenario: Fixtures.scenario, plan: plan, templates: templates, wording: Wording(language: .da))
        for round in 1...2 {
            let clock = ContinuousClock()
            var mark = clock.now
            var markCPU = Self.cpuSeconds()
            func lap(_ label: String) {
                if round == 2 {
                    print(
                        "phase \(label): \(mark.duration(to: clock.now)) (CPU \(String(format: "%.3f", Self.cpuSeconds() - markCPU)) s)"
                    )
                }
                mark = clock.now
                markCPU = Self.cpuSeconds()
            }
            let activities = catalog.activities(workers: 1)
            lap("templates (Mustache), one thread")
            _ = catalog.activities()
            lap("templates (Mustache), one thread per core")
            let events = Libical.run { () -> [String] in
                let writer = EventWriter(stamp: CalendarExport.utc(Fixtures.stamp), tzid: "Europe/Copenhagen")
                return activities.map(writer.text(of:))
            }
            lap("libical events")
            var members: [Audience: [Int]] = [:]
            for (index, activity) in activities.enumerated() {
                for audience in activity.audiences { members[audience, default: []].append(index) }
            }
            var bytes = 0
            for (_, indices) in members {
                bytes +=
                    CalendarExport.splice(indices.map { events[$0] }, into: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").utf8
                    .count
            }
            lap("audiences and joining (\(bytes / 1_000_000) MB)")
        }
    }
}
