import Foundation
import TestSupport
import Testing

@testable import PlanningModel

/// `PlanCalendarRecord.replanning`: SEQUENCE numbers and cancelled entries of a re-plan's
/// calendars (REPLAN.md, "Output").
@Suite struct CalendarRecordTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static let scenario: Scenario = {
        let data = try! Data(contentsOf: SharedScenarios.url("midtjylland-2026.json"))
        return try! JSONDecoder().decode(Scenario.self, from: data)
    }()

    /// A cohort of three training days, its group of four sessions and two meetings.
    static let base = Plan(
        scenario: scenario.name, solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
        cohorts: [
            Cohort(
                id: "uro-1", manual: "uro", venue: "bua-skejby", trainers: ["bua-p03", "bua-p08"],
                days: ["2026-08-18", "2026-09-01", "2026-09-15"].map(day),
                participants: ["aarhus-02", "randers-03", "randers-04"])
        ],
        supervisionGroups: [
            SupervisionGroup(
                id: "uro-1-a", manual: "uro", cohort: "uro-1", supervisor: "bua-p03", mode: .physical,
                venue: "rh-randers", slot: .am,
                sessions: ["2026-09-29", "2026-10-27", "2026-11-24", "2026-12-22"].map(day),
                members: ["aarhus-02", "randers-03", "randers-04"])
        ],
        meetings: [
            Meeting(
                series: "implementeringsgruppe-2026", index: 1, date: day("2026-03-03"), slot: .pm, venue: "bua-skejby"),
            Meeting(
                series: "implementeringsgruppe-2026", index: 2, date: day("2026-10-20"), slot: .pm, venue: "bua-skejby"),
        ],
        unassigned: [], score: Score(total: 0, hardViolations: 0, terms: [:]))

    static let today = day("2026-09-10")

    private func record(_ plan: Plan, base: Plan = Self.base, today: CalendarDay = Self.today) -> PlanCalendarRecord {
        PlanCalendarRecord.replanning(base: base, plan: plan, scenario: Self.scenario, today: today)
    }

    @Test func entriesAreNumberedInDateOrderWithEveryoneWhoHasThem() throws {
        let entries = Self.base.entries(in: Self.scenario)
        #expect(entries.count == 3 + 4 + 2)
        let second = try #require(entries[.trainingDay(cohort: "uro-1", day: 2)])
        #expect(second.date == Self.day("2026-09-01") && second.slot == .day && second.venue == "bua-skejby")
        #expect(second.people == ["aarhus-02", "bua-p03", "bua-p08", "randers-03", "randers-04"])
        let session = try #require(entries[.session(group: "uro-1-a", number: 4)])
        #expect(session.date == Self.day("2026-12-22") && session.slot == .am && session.manual == "uro")
        let meeting = try #require(entries[.meeting(series: "implementeringsgruppe-2026", index: 2)])
        let attendees = Self.scenario.meetingSeries("implementeringsgruppe-2026")!.attendees.map(\.identity)
        #expect(meeting.people == Set(attendees).sorted() && meeting.manual == nil)
    }

    @Test func anUnchangedPlanNeedsNoRecord() {
        #expect(record(Self.base) == PlanCalendarRecord())
    }

    @Test func sequenceRisesOnlyForEntriesWhoseDateSlotOrVenueChanged() {
        var plan = Self.base
        plan.cohorts[0].days[2] = Self.day("2026-09-22")  // day 3 moves
        plan.supervisionGroups[0].slot = .pm  // every session's time changes
        plan.meetings[1].venue = "rh-randers"  // meeting 2 moves
        plan.cohorts[0].participants.append("horsens-03")  // someone joins: no change of time or place
        let result = record(plan)
        var expected: [ActivityKey: Int] = [
            .trainingDay(cohort: "uro-1", day: 3): 1, .meeting(series: "implementeringsgruppe-2026", index: 2): 1,
        ]
        for number in 1...4 { expected[.session(group: "uro-1-a", number: number)] = 1 }
        #expect(result.sequence == expected)
        #expect(result.cancelled.isEmpty)
    }

    @Test func aPersonWhoLosesAnEntryGetsItCancelledFromToday() {
        var plan = Self.base
        plan.cohorts[0].participants.removeAll { $0 == "randers-04" }
        plan.supervisionGroups[0].members.removeAll { $0 == "randers-04" }
        let result = record(plan)
        #expect(result.sequence.isEmpty, "the others' entries do not change")
        #expect(
            result.cancelled.map(\.key) == [
                .trainingDay(cohort: "uro-1", day: 3), .session(group: "uro-1-a", number: 1),
                .session(group: "uro-1-a", number: 2), .session(group: "uro-1-a", number: 3),
                .session(group: "uro-1-a", number: 4),
            ], "days 1 and 2 are before today")
        #expect(result.cancelled.allSatisfy { $0.entry.people == ["randers-04"] && $0.sequence == 1 })
        #expect(result.cancelled.first?.entry.date == Self.day("2026-09-15"))
    }

    @Test func aRemovedEntryIsCancelledForEveryoneWhoHadItUntilItsDateHasPassed() throws {
        var plan = Self.base
        plan.supervisionGroups[0].sessions.removeLast()
        plan.meetings.removeLast()
        let first = record(plan)
        #expect(
            first.cancelled.map(\.key) == [
                .session(group: "uro-1-a", number: 4), .meeting(series: "implementeringsgruppe-2026", index: 2),
            ])
        let session = try #require(first.cancelled.first)
        #expect(session.entry == Self.base.entries(in: Self.scenario)[.session(group: "uro-1-a", number: 4)])
        #expect(session.sequence == 1)

        // The re-plan is published; later re-plans keep the cancellations until their date has passed.
        plan.calendar = first
        #expect(record(plan, base: plan, today: Self.day("2026-10-20")) == first)
        #expect(
            record(plan, base: plan, today: Self.day("2026-10-21")).cancelled.map(\.key) == [
                .session(group: "uro-1-a", number: 4)
            ])
        #expect(record(plan, base: plan, today: Self.day("2026-12-23")) == PlanCalendarRecord())
    }

    @Test func anEntryThatComesBackIsPublishedAboveItsCancellation() {
        var removed = Self.base
        removed.meetings.removeLast()
        removed.calendar = record(removed)
        var again = Self.base
        again.meetings[1].date = Self.day("2026-10-27")
        let result = record(again, base: removed)
        #expect(result.sequence == [.meeting(series: "implementeringsgruppe-2026", index: 2): 2])
        #expect(result.cancelled.isEmpty)
    }

    @Test func sequencesBuildOnTheBasesRecord() {
        var first = Self.base
        first.cohorts[0].days[2] = Self.day("2026-09-22")
        first.calendar = record(first)
        var second = first
        second.cohorts[0].days[2] = Self.day("2026-09-29")
        second.cohorts[0].venue = "rh-randers"
        let result = record(second, base: first)
        #expect(result.sequence[.trainingDay(cohort: "uro-1", day: 3)] == 2)
        #expect(result.sequence[.trainingDay(cohort: "uro-1", day: 1)] == 1, "a venue change moves past days too")
        #expect(record(second, base: second.with(result)) == result, "a plan against itself keeps its record")
    }

    @Test func theRecordRoundTripsThroughJSON() throws {
        var plan = Self.base
        plan.supervisionGroups[0].members.removeAll { $0 == "randers-04" }
        plan.meetings[1].slot = .am
        plan.calendar = record(plan)
        let decoded = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(decoded.calendar == plan.calendar)
    }
}

extension Plan {
    fileprivate func with(_ record: PlanCalendarRecord) -> Plan {
        var plan = self
        plan.calendar = record
        return plan
    }
}
