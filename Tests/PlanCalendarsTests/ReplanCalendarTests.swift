import Foundation
import PlanningModel
import Testing

@testable import PlanCalendars

/// Calendars of a re-plan (REPLAN.md, "Output"): UIDs kept, SEQUENCE raised for changed
/// events, removed entries shown as cancelled to those who had them until their date has
/// passed, and all of it recorded in the plan so that an export gives the same files.
@Suite struct ReplanCalendarTests {
    let scenario = Fixtures.scenario
    let base = Fixtures.plan
    static let today = Fixtures.day("2026-09-10")

    /// Session 3 of group uro-1-a a week later, therapist randers-04 moved from uro-1-a to
    /// uro-1-b, and meeting 3 of the implementation group gone.
    var replan: Plan {
        var plan = base
        plan.supervisionGroups[0].sessions[2] = plan.supervisionGroups[0].sessions[2].adding(days: 7)
        plan.supervisionGroups[0].members.removeAll { $0 == "randers-04" }
        plan.supervisionGroups[1].members.append("randers-04")
        plan.meetings.removeLast()
        return plan
    }

    private func recorded(_ plan: Plan, base: Plan? = nil, today: CalendarDay = Self.today) -> Plan {
        var plan = plan
        plan.calendar = PlanCalendarRecord.replanning(
            base: base ?? self.base, plan: plan, scenario: scenario, today: today)
        return plan
    }

    private func export(_ plan: Plan, stamp: Date = Fixtures.stamp) throws -> [String: String] {
        let files = try CalendarExport(scenario: scenario, plan: plan, timestamp: stamp).files()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    /// Every event of a file as (UID, SEQUENCE, STATUS, DTSTART).
    private func events(_ text: String?) throws -> [String: (sequence: String, status: String, start: String)] {
        let calendar = try CalendarInspection.inspect(try #require(text))
        var result: [String: (sequence: String, status: String, start: String)] = [:]
        for event in calendar.events {
            #expect(result[event.uid] == nil, "one event per UID in a file: \(event.uid)")
            result[event.uid] = (
                event.value("SEQUENCE") ?? "", event.value("STATUS") ?? "", event.value("DTSTART") ?? ""
            )
        }
        return result
    }

    @Test func sequenceRisesOnlyForEventsWhoseDateTimePlaceOrStatusChanged() throws {
        let all = try events(try export(recorded(replan))["all.ics"])
        let raised = all.filter { $0.value.sequence != "0" }
        #expect(
            Set(raised.keys) == [
                "session-uro-1-a-3@stime-planner", "meeting-implementeringsgruppe-2026-3@stime-planner",
            ])
        #expect(all["session-uro-1-a-3@stime-planner"]! == ("1", "CONFIRMED", "20261201T090000"))
        #expect(all["meeting-implementeringsgruppe-2026-3@stime-planner"]! == ("1", "CANCELLED", "20261027T123000"))
        #expect(all.filter { $0.value.status == "CANCELLED" }.count == 1)
    }

    /// A therapist moved to another group gets the old group's sessions cancelled in their
    /// own file; the group's other members and their municipality see the group as before.
    @Test func aTherapistMovedToAnotherGroupSeesTheOldGroupsSessionsCancelled() throws {
        let files = try export(recorded(replan))
        let moved = try events(files["therapist-randers-04.ics"])
        for number in 1...6 {
            let old = try #require(moved["session-uro-1-a-\(number)@stime-planner"], "session \(number)")
            #expect(old.status == "CANCELLED" && old.sequence == "1")
            #expect(moved["session-uro-1-b-\(number)@stime-planner"]?.status == "CONFIRMED")
        }
        #expect(moved["session-uro-1-a-3@stime-planner"]?.start == "20261124T090000", "as they last saw it")
        for name in ["therapist-randers-03.ics", "therapist-aarhus-02.ics", "municipality-randers.ics"] {
            let file = try events(files[name])
            #expect(file.values.allSatisfy { $0.status == "CONFIRMED" } || name == "municipality-randers.ics")
            #expect(file["session-uro-1-a-1@stime-planner"]! == ("0", "CONFIRMED", "20260929T090000"), "\(name)")
        }
    }

    @Test func aRemovedMeetingIsCancelledForEveryoneWhoHadIt() throws {
        let files = try export(recorded(replan))
        let uid = "meeting-implementeringsgruppe-2026-3@stime-planner"
        for name in [
            "all.ics", "meetings-implementeringsgruppe-2026.ics", "psychologist-bua-p01.ics", "municipality-aarhus.ics",
        ] {
            #expect(try events(files[name])[uid]?.status == "CANCELLED", "\(name)")
        }
        #expect(try events(files["therapist-aarhus-02.ics"])[uid] == nil, "no attendee of the meeting")
    }

    @Test func cancelledEntriesAreShownUntilTheirDateHasPassed() throws {
        let later = try export(recorded(replan, today: Fixtures.day("2026-10-28")))
        #expect(
            try events(later["all.ics"]).values.allSatisfy { $0.status == "CONFIRMED" }, "meeting 3 was on 27 October")
        let moved = try events(later["therapist-randers-04.ics"])
        #expect(moved["session-uro-1-a-1@stime-planner"] == nil && moved["session-uro-1-a-2@stime-planner"] == nil)
        #expect(moved["session-uro-1-a-3@stime-planner"]?.status == "CANCELLED")
        // A re-plan of the re-plan keeps the cancellations while they are due, then drops them.
        let first = recorded(replan)
        let again = recorded(first, base: first, today: Fixtures.day("2026-12-01"))
        let kept = try events(try export(again)["therapist-randers-04.ics"])
        #expect(
            kept.filter { $0.value.status == "CANCELLED" }.keys.sorted() == [
                "session-uro-1-a-4@stime-planner", "session-uro-1-a-5@stime-planner", "session-uro-1-a-6@stime-planner",
            ])
    }

    /// UIDs come from the keys alone: the base's and the re-plan's files name the same
    /// entries alike, also when the scenario is renamed.
    @Test func uidsNeverChange() throws {
        let before = try export(base)
        var renamed = scenario
        renamed.name = "Et helt andet navn"
        let files = try CalendarExport(scenario: renamed, plan: recorded(replan), timestamp: Fixtures.stamp).files()
        let after = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
        #expect(Set(try events(before["all.ics"]).keys) == Set(try events(after["all.ics"]).keys))
        #expect(
            try events(before["therapist-randers-04.ics"]).keys.allSatisfy {
                (try? events(after["therapist-randers-04.ics"])[$0]) != nil
            })
    }

    /// `export SCENARIO PLAN` of a re-plan gives its calendars again: the plan read back from
    /// its JSON exports the same bytes (same DTSTAMP).
    @Test func exportOfAReplanReproducesItsCalendars() throws {
        let plan = recorded(replan)
        let json = try JSONEncoder().encode(plan)
        let read = try JSONDecoder().decode(Plan.self, from: json)
        #expect(read.calendar == plan.calendar)
        #expect(try export(read) == export(plan))
        #expect(try export(read) != export(replan), "the record is what makes the difference")
    }
}
