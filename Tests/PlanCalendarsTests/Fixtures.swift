import Foundation
import PlanningModel
import TestSupport

/// The default scenario and a small hand-made plan for it.
enum Fixtures {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static let scenario: Scenario = {
        let data = try! Data(contentsOf: SharedScenarios.url("midtjylland-2026.json"))
        return try! JSONDecoder().decode(Scenario.self, from: data)
    }()

    /// Two cohorts, a physical group crossing the end of summer time (25 Oct 2026), one
    /// with sessions shifted by a week (E + 7, then E − 7), a virtual group, three meetings.
    static let plan = Plan(
        scenario: scenario.name,
        solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
        cohorts: [
            Cohort(
                id: "uro-1", manual: "uro", venue: "bua-skejby", trainers: ["bua-p03", "bua-p08"],
                days: [day("2026-08-18"), day("2026-09-01"), day("2026-09-15")],
                participants: ["aarhus-02", "randers-03", "randers-04", "horsens-03", "skanderborg-04", "silkeborg-03"]),
            Cohort(
                id: "krop-mad-1", manual: "krop-mad", venue: "bua-viborg", trainers: ["bua-p01", "bua-p02"],
                days: [day("2026-03-10"), day("2026-03-31"), day("2026-04-14")],
                participants: ["viborg-02", "viborg-03", "favrskov-03", "horsens-02"]),
        ],
        supervisionGroups: [
            SupervisionGroup(
                id: "uro-1-a", manual: "uro", cohort: "uro-1", supervisor: "bua-p03", mode: .physical,
                venue: "rh-randers", slot: .am,
                sessions: ["2026-09-29", "2026-10-27", "2026-11-24", "2026-12-22", "2027-01-19", "2027-02-16"].map(day),
                members: ["aarhus-02", "randers-03", "randers-04"]),
            SupervisionGroup(
                id: "uro-1-b", manual: "uro", cohort: "uro-1", supervisor: "bua-p08", mode: .physical,
                venue: "bua-skejby", slot: .pm,
                sessions: ["2026-09-30", "2026-10-28", "2026-12-02", "2026-12-23", "2027-01-20", "2027-02-17"].map(day),
                members: ["horsens-03", "skanderborg-04", "silkeborg-03"]),
            SupervisionGroup(
                id: "krop-mad-1-a", manual: "krop-mad", cohort: "krop-mad-1", supervisor: "bua-p01", mode: .virtual,
                venue: nil, slot: .pm,
                sessions: ["2026-05-05", "2026-06-09", "2026-07-14", "2026-08-18", "2026-09-22", "2026-10-27"].map(day),
                members: ["viborg-02", "viborg-03", "favrskov-03", "horsens-02"]),
        ],
        meetings: [
            Meeting(
                series: "implementeringsgruppe-2026", index: 1, date: day("2026-03-03"), slot: .pm,
                venue: "regionshuset-viborg"),
            Meeting(
                series: "implementeringsgruppe-2026", index: 2, date: day("2026-05-19"), slot: .pm, venue: "bua-skejby"),
            Meeting(
                series: "implementeringsgruppe-2026", index: 3, date: day("2026-10-27"), slot: .pm, venue: "rh-randers"),
        ],
        unassigned: [],
        score: Score(total: 0, hardViolations: 0, terms: [:]))

    /// A fixed `DTSTAMP`: 2026-01-15 08:30:00 UTC.
    static let stamp = Date(timeIntervalSince1970: 1_768_465_800)

    static let wholeRange = DateRange(from: day("2025-01-01"), to: day("2028-12-31"))
}
