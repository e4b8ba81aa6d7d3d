import PlanChecker
import PlanningModel
import Testing

/// H13 (history), H14 (pins) and S11 (perturbation) of REPLAN.md on the tiny-1 fixture: c-nord
/// trains on 09-08 and 09-15 (p1, p3), c-rand on 09-09 and 09-16 (p2, p3); g-nord meets am on
/// 09-22 and 10-06 (p1), g-rand pm on 09-23 and 10-07 (p2); all at bua-skejby.
@Suite struct ReplanCheckTests {
    /// The fixture with the jig meeting series: #1 on 09-10 at Skejby, #2 on 10-20 at Gødstrup.
    private static func withMeetings() throws -> Tiny1Fixture {
        var fixture = try Tiny1Fixture()
        fixture.scenario.meetings = [Tiny1Fixture.implementationGroup(count: 2)]
        fixture.plan.meetings = [
            Meeting(series: "jig", index: 1, date: day("2026-09-10"), slot: .pm, venue: "bua-skejby"),
            Meeting(series: "jig", index: 2, date: day("2026-10-20"), slot: .pm, venue: "bua-goedstrup"),
        ]
        return fixture
    }

    @Test func anUnchangedReplanBreaksNothingAndCostsNothing() throws {
        var fixture = try Self.withMeetings()
        fixture.publish(
            today: "2026-09-14", pins: [.cohort("c-nord"), .group("g-rand"), .meeting(series: "jig", index: 2)])
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s11).raw == 0)
        let lines = report.table().split(separator: "\n").map(String.init)
        #expect(lines.contains("H13    History                         OK"))
        #expect(lines.contains("H14    Pins                            OK"))
        #expect(lines.contains("S11    Perturbation                     0       100           0"))
    }

    @Test func withoutABaseS11IsZeroAndH13H14AreNotChecked() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts[fixture.cohort("c-nord")].trainers = ["p1", "p2"]
        let report = fixture.check()
        #expect(report.score(.s11).raw == 0)
        #expect(report.score(.s11).weighted == 0)
        #expect(report.violations(of: .h13).isEmpty)
        #expect(report.scoreMismatches.allSatisfy { $0.key != "S11" })
        let lines = report.table().split(separator: "\n").map(String.init)
        #expect(lines.contains("H13    History                          -"))
        #expect(lines.contains("H14    Pins                             -"))
    }

    // MARK: H13

    @Test func aHistoryEntryThatMovesBreaksH13() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-21")
        // c-nord's first day to Monday 09-07: both dates are history, so H1–H12 do not judge it.
        fixture.plan.cohorts[fixture.cohort("c-nord")].days[0] = day("2026-09-07")
        let report = fixture.check()
        #expect(report.brokenRules == [.h13], "\(report.violations)")
        let messages = report.violations(of: .h13).map(\.message)
        #expect(
            messages.contains { $0.contains("training day 1 of cohort c-nord") && $0.contains("on 2026-09-07 day") })
        #expect(messages.contains { $0.contains("cohort c-nord started before today: training dates") })
    }

    @Test func aHistoryEntryThatDisappearsBreaksH13() throws {
        var fixture = try Self.withMeetings()
        fixture.publish(today: "2026-09-21")
        fixture.plan.meetings.removeFirst()
        let report = fixture.check()
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "meeting jig #1 (2026-09-10 pm at bua-skejby) is history but the re-plan does not have it"
            ])
    }

    @Test func aNewEntryBeforeTodayBreaksH13() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-21")
        fixture.scenario.meetings = [Tiny1Fixture.implementationGroup(count: 2)]
        fixture.plan.meetings = [
            Meeting(series: "jig", index: 1, date: day("2026-09-10"), slot: .pm, venue: "bua-skejby"),
            Meeting(series: "jig", index: 2, date: day("2026-10-20"), slot: .pm, venue: "bua-goedstrup"),
        ]
        let report = fixture.check()
        #expect(report.brokenRules == [.h13], "\(report.violations)")
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "meeting jig #1 (2026-09-10 pm at bua-skejby) is new and dated before today 2026-09-21"
            ])
    }

    @Test func anEntryMovedIntoHistoryBreaksH13() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-30")
        // g-nord's second session from 10-06 to 09-29: the cadence allows 7 days (E − 7).
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions[1] = day("2026-09-29")
        let report = fixture.check()
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "session 2 of supervision group g-nord (2026-09-29 am at bua-skejby) is dated before today 2026-09-30; "
                    + "the base has it on 2026-10-06"
            ])
    }

    @Test func anotherSupervisorOfAPastSessionBreaksH13() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-30")
        fixture.plan.supervisionGroups[fixture.group("g-nord")].supervisor = "p3"
        let report = fixture.check()
        #expect(report.brokenRules == [.h13], "\(report.violations)")
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "session 1 of supervision group g-nord (2026-09-22 am at bua-skejby) is history: led by [p1] in the base, "
                    + "by [p3] in the re-plan"
            ])
    }

    @Test func aStartedCohortKeepsItsFutureDates() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-10")
        // Day 2 from 09-15 to Friday 09-18 (gap 10) and g-nord a week later (11 days after, gap 14).
        fixture.plan.cohorts[fixture.cohort("c-nord")].days[1] = day("2026-09-18")
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-29"), day("2026-10-13")]
        let report = fixture.check()
        #expect(report.brokenRules == [.h13], "\(report.violations)")
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "cohort c-nord started before today: training dates [2026-09-08, 2026-09-15] in the base, "
                    + "[2026-09-08, 2026-09-18] in the re-plan"
            ])
    }

    @Test func aStartedCohortKeepsItsParticipantsButNotThoseWhoLeft() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-10")
        let nord = fixture.cohort("c-nord")
        let group = fixture.group("g-nord")
        fixture.plan.cohorts[nord].participants.removeLast()
        fixture.plan.supervisionGroups[group].members.removeLast()
        fixture.plan.unassigned = [
            UnassignedNeed(
                therapist: "norddjurs-04", manual: "angst-tristhed", reason: .noDates, detail: "Dropped.",
                suggestions: [])
        ]
        var report = fixture.check()
        #expect(report.brokenRules == [.h13], "\(report.violations)")
        #expect(
            report.violations(of: .h13).map(\.message) == [
                "cohort c-nord started before today: participants [norddjurs-01, norddjurs-02, norddjurs-03, "
                    + "norddjurs-04] in the base, [norddjurs-01, norddjurs-02, norddjurs-03] in the re-plan"
            ])
        // norddjurs-04 leaves the scenario instead: nothing is broken and she is not counted in S11.
        fixture.plan.unassigned = []
        fixture.scenario.municipalities[0].therapists.removeAll { $0.id == "norddjurs-04" }
        report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s11).raw == 0)
    }

    // MARK: H14

    @Test func aPinnedCohortKeepsItsVenue() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-07", pins: [.cohort("c-rand")])
        fixture.plan.cohorts[fixture.cohort("c-rand")].venue = "bua-goedstrup"
        let report = fixture.check()
        #expect(report.brokenRules == [.h14], "\(report.violations)")
        #expect(
            report.violations(of: .h14).map(\.message) == [
                "pinned cohort c-rand: venue bua-skejby in the base, bua-goedstrup in the re-plan"
            ])
    }

    @Test func aPinnedGroupKeepsItsSupervisor() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-07", pins: [.group("g-nord")])
        fixture.plan.supervisionGroups[fixture.group("g-nord")].supervisor = "p3"
        let report = fixture.check()
        #expect(report.brokenRules == [.h14], "\(report.violations)")
        #expect(
            report.violations(of: .h14).map(\.message) == [
                "pinned supervision group g-nord: supervisor p1 in the base, p3 in the re-plan"
            ])
    }

    @Test func aPinnedMeetingKeepsItsDate() throws {
        var fixture = try Self.withMeetings()
        fixture.publish(today: "2026-09-07", pins: [.meeting(series: "jig", index: 2)])
        fixture.plan.meetings[1].date = day("2026-10-21")
        let report = fixture.check()
        #expect(report.brokenRules == [.h14], "\(report.violations)")
        #expect(
            report.violations(of: .h14).map(\.message) == [
                "pinned meeting jig #2: date 2026-10-20 in the base, 2026-10-21 in the re-plan"
            ])
    }

    @Test func aPinnedMembershipKeepsTheTherapistInTheGroup() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-07", pins: [.membership(therapist: "norddjurs-04", group: "g-nord")])
        // norddjurs-04 gets a group of her own with p3, at the same times (Skejby has 2 rooms).
        var own = fixture.plan.supervisionGroups[fixture.group("g-nord")]
        fixture.plan.supervisionGroups[fixture.group("g-nord")].members.removeLast()
        own.id = "g-nord-2"
        own.supervisor = "p3"
        own.members = ["norddjurs-04"]
        fixture.plan.supervisionGroups.append(own)
        var report = fixture.check()
        #expect(report.brokenRules == [.h14], "\(report.violations)")
        #expect(
            report.violations(of: .h14).map(\.message) == [
                "pinned membership of norddjurs-04 in g-nord: norddjurs-04 is not a member of g-nord in the re-plan"
            ])
        // A pinned therapist who left the scenario no longer binds.
        fixture.scenario.municipalities[0].therapists.removeAll { $0.id == "norddjurs-04" }
        fixture.plan.supervisionGroups.removeLast()
        fixture.plan.cohorts[fixture.cohort("c-nord")].participants.removeLast()
        report = fixture.check()
        #expect(report.violations(of: .h14).isEmpty)
    }

    // MARK: S11

    @Test func movingAFutureTrainingDayCostsEveryoneOnIt() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.weights.perturbation = 7
        fixture.publish(today: "2026-09-14")
        // training:c-nord:2 from 09-15 to 09-17: p1, p3 and norddjurs-01…04 each +1 = 6.
        fixture.plan.cohorts[fixture.cohort("c-nord")].days[1] = day("2026-09-17")
        let s11 = fixture.check().score(.s11)
        #expect(s11.raw == 6)
        #expect(s11.weighted == 42)
        #expect(s11.contributions.map(\.label).contains("norddjurs-01: training:c-nord:2"))
    }

    @Test func anotherTrainerCostsTheOneWhoLosesAndTheOneWhoGets() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-14")
        // c-rand's trainers p2, p3 → p2, p1. Day 1 (09-09) is history and not counted (H13
        // judges it); day 2 (09-16): p3 loses it (+1), p1 gets it (+1) = 2.
        fixture.plan.cohorts[fixture.cohort("c-rand")].trainers = ["p2", "p1"]
        let report = fixture.check()
        #expect(report.score(.s11).raw == 2)
        #expect(
            Set(report.score(.s11).contributions.map(\.label)) == ["p1: training:c-rand:2", "p3: training:c-rand:2"])
        #expect(!report.violations(of: .h13).isEmpty)
    }

    @Test func aMemberMovedBetweenGroupsCostsEachSessionTwice() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-07")
        // norddjurs-04 from g-nord into a new group g-nord-2 (p3, pm, 09-24 and 10-08):
        // she loses session:g-nord:1 and :2 (+2) and gets session:g-nord-2:1 and :2 (+2);
        // p3 gets session:g-nord-2:1 and :2 (+2). Total 6.
        var own = fixture.plan.supervisionGroups[fixture.group("g-nord")]
        fixture.plan.supervisionGroups[fixture.group("g-nord")].members.removeLast()
        own.id = "g-nord-2"
        own.supervisor = "p3"
        own.slot = .pm
        own.sessions = [day("2026-09-24"), day("2026-10-08")]
        own.members = ["norddjurs-04"]
        fixture.plan.supervisionGroups.append(own)
        let s11 = fixture.check().score(.s11)
        #expect(s11.raw == 6)
        #expect(s11.contributions.first { $0.label.hasPrefix("norddjurs-04:") }?.amount == 4)
    }

    @Test func meetingAttendeesCountByPsychologistIdElseEmailElseName() throws {
        var fixture = try Self.withMeetings()
        fixture.publish(today: "2026-09-14")
        // jig #2 from Gødstrup to Skejby: the tovholder (no e-mail: by name) and p2 (+1 each) = 2;
        // jig #1 (09-10) is history and unchanged.
        fixture.plan.meetings[1].venue = "bua-skejby"
        var s11 = fixture.check().score(.s11)
        #expect(s11.raw == 2)
        #expect(Set(s11.contributions.map(\.entities.first)) == ["Tovholder Norddjurs", "p2"])
        // With an e-mail the tovholder is known by it.
        fixture.scenario.meetings[0].attendees[0].email = "stime@norddjurs.example"
        s11 = fixture.check().score(.s11)
        #expect(Set(s11.contributions.map(\.entities.first)) == ["stime@norddjurs.example", "p2"])
        // Removing the meeting instead costs the same two people.
        fixture.plan.meetings.removeLast()
        #expect(fixture.check().score(.s11).raw == 2)
    }

    @Test func peopleWhoLeftAreNotCounted() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-14")
        fixture.scenario.municipalities[0].therapists.removeAll { $0.id == "norddjurs-04" }
        // As in movingAFutureTrainingDay…, without norddjurs-04: p1, p3, norddjurs-01…03 = 5.
        fixture.plan.cohorts[fixture.cohort("c-nord")].days[1] = day("2026-09-17")
        #expect(fixture.check().score(.s11).raw == 5)
    }

    @Test func theTotalIncludesS11AndThePlansS11IsCompared() throws {
        var fixture = try Tiny1Fixture()
        fixture.publish(today: "2026-09-14")
        fixture.plan.cohorts[fixture.cohort("c-nord")].days[1] = day("2026-09-17")
        fixture.plan.score.terms["S11"] = 0
        let report = fixture.check()
        #expect(report.total == report.terms.filter { $0.term != .s11 }.reduce(0) { $0 + $1.weighted } + 600)
        let mismatch = try #require(report.scoreMismatches.first { $0.key == "S11" })
        #expect(mismatch.planValue == 0)
        #expect(mismatch.recomputed == 600)
    }
}
