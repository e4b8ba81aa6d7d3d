import Foundation
import PlanningModel
import TestSupport

/// Hand-made plans for developing and testing the report while the planner is built.
///
/// They need not be optimal or even feasible: the report must show any plan.
enum ExamplePlans {
    static func scenario(_ name: String) throws -> Scenario {
        try JSONDecoder().decode(Scenario.self, from: Data(contentsOf: SharedScenarios.url(name)))
    }

    static func day(_ text: String) -> CalendarDay {
        CalendarDay(iso: text)!
    }

    /// The plan used for a shared scenario: `tiny1()` for `tiny-1.json`, else `midtjylland(_:)`'s rule.
    static func plan(for name: String, scenario: Scenario) -> Plan {
        name == "tiny-1.json" ? tiny1() : midtjylland(scenario)
    }

    /// `tight-2026.json` as the planner leaves it for `krop-mad`: its 19 needs unassigned
    /// with the same reason, detail and two verified suggestions (copied from a real plan).
    /// Only the unassigned needs are filled in.
    static func tightKropMad(_ scenario: Scenario) -> Plan {
        func certify(_ index: Int, _ id: String, _ name: String, others: String) -> Suggestion {
            Suggestion(
                text: "Certify \(id) (\(name)) in krop-mad (other candidates: \(others)).",
                patch: [
                    PatchOperation(op: .add, path: "/psychologists/\(index)/manuals/-", value: .string("krop-mad"))
                ],
                verified: true)
        }
        let suggestions = [
            certify(6, "bua-p07", "Mette Vestergaard", others: "bua-p04, bua-p06, bua-p01"),
            certify(3, "bua-p04", "Sofie Kjær", others: "bua-p07, bua-p06, bua-p01"),
        ]
        let unassigned = scenario.needs.filter { $0.manual == "krop-mad" }.map { need in
            UnassignedNeed(
                therapist: need.therapist, manual: need.manual, reason: .noCertifiedTrainers,
                detail: "Only 1 psychologist is certified for krop-mad, but every cohort needs 2 trainers.",
                suggestions: suggestions)
        }
        return Plan(
            scenario: scenario.name, solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
            cohorts: [], supervisionGroups: [], meetings: [], unassigned: unassigned,
            score: Score(total: 190_000, hardViolations: 0, terms: ["S1": 190_000]))
    }

    /// `tiny-1.json`: one cohort of six, two supervision groups, two needs left over.
    static func tiny1() -> Plan {
        Plan(
            scenario: "tiny-1",
            solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0.42, iterations: 1200),
            cohorts: [
                Cohort(
                    id: "angst-tristhed-1", manual: "angst-tristhed", venue: "bua-skejby", trainers: ["p1", "p3"],
                    days: [day("2026-09-14"), day("2026-09-21")],
                    participants: [
                        "norddjurs-01", "norddjurs-02", "norddjurs-03", "randers-01", "randers-02", "randers-03",
                    ])
            ],
            supervisionGroups: [
                SupervisionGroup(
                    id: "angst-tristhed-1-a", manual: "angst-tristhed", cohort: "angst-tristhed-1", supervisor: "p1",
                    mode: .physical, venue: "bua-skejby", slot: .am, sessions: [day("2026-10-05"), day("2026-10-19")],
                    members: ["norddjurs-01", "norddjurs-02", "norddjurs-03"]),
                SupervisionGroup(
                    id: "angst-tristhed-1-b", manual: "angst-tristhed", cohort: "angst-tristhed-1", supervisor: "p3",
                    mode: .physical, venue: "bua-skejby", slot: .pm, sessions: [day("2026-10-05"), day("2026-10-19")],
                    members: ["randers-01", "randers-02", "randers-03"]),
            ],
            meetings: [],
            unassigned: [
                UnassignedNeed(
                    therapist: "norddjurs-04", manual: "angst-tristhed", reason: .tooFewParticipants,
                    detail:
                        "Only 2 needs for angst-tristhed remain after the first cohort, and a cohort needs at least 3.",
                    suggestions: [
                        Suggestion(
                            text: "Raise cohortMax of angst-tristhed to 8 so that everyone fits in one cohort.",
                            patch: [
                                PatchOperation(op: .replace, path: "/manuals/0/training/cohortMax", value: .int(8))
                            ],
                            verified: true)
                    ]),
                UnassignedNeed(
                    therapist: "randers-04", manual: "angst-tristhed", reason: .tooFewParticipants,
                    detail:
                        "Only 2 needs for angst-tristhed remain after the first cohort, and a cohort needs at least 3.",
                    suggestions: [
                        Suggestion(
                            text: "Lower cohortMin of angst-tristhed to 2 <so a second cohort can start> & run it.",
                            patch: [
                                PatchOperation(op: .replace, path: "/manuals/0/training/cohortMin", value: .int(2))
                            ],
                            verified: false)
                    ]),
            ],
            score: Score(
                total: 22_888, hardViolations: 0,
                terms: [
                    "S1": 20_000, "S2": 2_520, "S3": 168, "S4": 0, "S5": 0, "S6": 200, "S7": 0, "S8": 0, "S9": 0,
                    "S10": 0,
                ])
        )
    }

    /// The default scenario: every manual's needs in cohorts of up to `cohortMax`, staggered
    /// through 2026, supervision every `everyWeeks`, all meeting series, and one need left
    /// unassigned with verified suggestions. Built by a simple rule, not by the planner.
    /// Works for any scenario with venues (the generated ones too).
    static func midtjylland(_ scenario: Scenario) -> Plan {
        let calendar = PlanningCalendar(scenario: scenario)
        // Days past the horizon are never workdays: give up after two weeks and keep the date.
        func workday(onOrAfter start: CalendarDay) -> CalendarDay {
            var day = start
            while !calendar.isWorkday(day) && day < start.adding(days: 14) { day = day.adding(days: 1) }
            return calendar.isWorkday(day) ? day : start
        }
        func sameWeekday(onOrAfter start: CalendarDay) -> CalendarDay {
            var day = start
            var tries = 0
            while !calendar.isWorkday(day) && tries < 8 {
                day = day.adding(days: 7)
                tries += 1
            }
            return day
        }
        var cohorts: [Cohort] = []
        var groups: [SupervisionGroup] = []
        var unassigned: [UnassignedNeed] = []
        let venues = scenario.venues.map(\.id)
        var start = day("2026-03-09")
        for (manualIndex, manual) in scenario.manuals.enumerated() {
            var needs = scenario.needs.filter { $0.manual == manual.id }
            if manualIndex == 3, let last = needs.popLast() {
                unassigned.append(
                    UnassignedNeed(
                        therapist: last.therapist, manual: manual.id, reason: .noTrainerCapacity,
                        detail: "The psychologists certified in \(manual.id) have no training days left in the months "
                            + "this therapist can attend.",
                        suggestions: [
                            Suggestion(
                                text: "Raise maxDaysPerMonth of bua-p04 from 4 to 6.",
                                patch: [
                                    PatchOperation(
                                        op: .replace, path: "/psychologists/3/maxDaysPerMonth", value: .int(6))
                                ],
                                verified: true),
                            Suggestion(
                                text: "Certify bua-p01 in \(manual.id) as well.",
                                patch: [
                                    PatchOperation(
                                        op: .add, path: "/psychologists/0/manuals/-", value: .string(manual.id))
                                ],
                                verified: true),
                        ]))
            }
            let certified = scenario.psychologists.filter { $0.manuals.contains(manual.id) }.map(\.id)
            var chunkIndex = 0
            while !needs.isEmpty {
                let size = min(needs.count, manual.training.cohortMax)
                let members = needs.prefix(size).map(\.therapist)
                needs.removeFirst(size)
                chunkIndex += 1
                let id = "\(manual.id)-\(chunkIndex)"
                var days = [workday(onOrAfter: start)]
                while days.count < manual.training.days {
                    days.append(workday(onOrAfter: days.last!.adding(days: 14)))
                }
                let trainers =
                    certified.count >= 2
                    ? [certified[chunkIndex % certified.count], certified[(chunkIndex + 1) % certified.count]]
                    : certified
                let venue = venues[(manualIndex + chunkIndex) % venues.count]
                cohorts.append(
                    Cohort(
                        id: id, manual: manual.id, venue: venue, trainers: trainers, days: days, participants: members))
                let groupCount = (members.count + manual.supervision.groupMax - 1) / manual.supervision.groupMax
                for g in 0..<groupCount {
                    let slice = Array(
                        members[(g * members.count / groupCount)..<((g + 1) * members.count / groupCount)])
                    var sessions = [sameWeekday(onOrAfter: days.last!.adding(days: 21))]
                    while sessions.count < manual.supervision.sessions {
                        sessions.append(
                            sameWeekday(onOrAfter: sessions.last!.adding(days: manual.supervision.cadenceDays)))
                    }
                    let physical = manual.supervision.mode == .physical
                    groups.append(
                        SupervisionGroup(
                            id: "\(id)-\(["a", "b", "c", "d"][g % 4])", manual: manual.id, cohort: id,
                            supervisor: trainers[g % max(1, trainers.count)], mode: manual.supervision.mode,
                            venue: physical ? venue : nil, slot: manual.supervision.slot == .pm ? .pm : .am,
                            sessions: sessions, members: slice))
                }
                start = start.adding(days: 23)
                if start > scenario.horizon.to.adding(days: -200) { start = day("2026-03-09").adding(days: chunkIndex) }
            }
        }
        var meetings: [Meeting] = []
        for series in scenario.meetings {
            let gap = max(series.minGapWeeks * 7, series.window.from.days(to: series.window.to) / (series.count + 1))
            for index in 0..<series.count {
                let date = workday(onOrAfter: series.window.from.adding(days: 14 + index * gap))
                meetings.append(
                    Meeting(
                        series: series.id, index: index + 1, date: date, slot: series.slot,
                        venue: series.venues[index % series.venues.count]))
            }
        }
        return Plan(
            scenario: scenario.name,
            solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 9.87, iterations: 48_211, bound: 41_000),
            cohorts: cohorts, supervisionGroups: groups, meetings: meetings, unassigned: unassigned,
            score: Score(
                total: 81_234, hardViolations: 0,
                terms: [
                    "S1": 10_000, "S2": 52_310, "S3": 9_124, "S4": 1_800, "S5": 3_000, "S6": 1_500, "S7": 300,
                    "S8": 2_300, "S9": 400, "S10": 500,
                ]))
    }
}
