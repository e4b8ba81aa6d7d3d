import PlanChecker
import PlanningModel
import Testing

/// Small hand-computed values of the objective terms on edits of the valid tiny-1 plan.
@Suite struct ObjectiveTermTests {
    @Test func anUnassignedNeedCostsS1() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists.append(Therapist(id: "norddjurs-05", manuals: ["angst-tristhed"]))
        fixture.plan.unassigned = [
            UnassignedNeed(
                therapist: "norddjurs-05", manual: "angst-tristhed", reason: .tooFewParticipants,
                detail: "Both cohorts are planned without this therapist.", suggestions: [])
        ]
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s1).raw == 1)
        #expect(report.score(.s1).weighted == 10000)
        #expect(report.total == Tiny1Fixture.validTotal + 10000)
    }

    @Test func swappingTwoTherapistsSplitsBothMunicipalities() throws {
        var fixture = try Tiny1Fixture()
        let nord = Tiny1Fixture.norddjurs.dropLast() + ["randers-04"]
        let rand = Tiny1Fixture.randers.dropLast() + ["norddjurs-04"]
        fixture.plan.cohorts[fixture.cohort("c-nord")].participants = Array(nord)
        fixture.plan.cohorts[fixture.cohort("c-rand")].participants = Array(rand)
        fixture.plan.supervisionGroups[fixture.group("g-nord")].members = Array(nord)
        fixture.plan.supervisionGroups[fixture.group("g-rand")].members = Array(rand)
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        let split = report.score(.s4)
        #expect(split.raw == 2)
        #expect(split.weighted == 600)
        #expect(split.contributions.map(\.amount) == [1, 1])
        #expect(split.contributions.contains { $0.entities.starts(with: ["norddjurs", "angst-tristhed"]) })
        // One Norddjurs therapist waits a day longer, one Randers therapist a day less.
        #expect(report.score(.s3).raw == Tiny1Fixture.validWaiting)
    }

    @Test func aSessionInTheAutumnHolidayCostsS5() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-29"), day("2026-10-13")]
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s5).raw == 1)
        #expect(report.score(.s5).contributions.first?.label == "supervision group g-nord session 2026-10-13 am")
    }

    @Test func theBusiestPsychologistSetsS6AndAForeignSupervisorCostsS7() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.supervisionGroups[fixture.group("g-rand")].supervisor = "p1"
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s7).raw == 1)
        #expect(report.score(.s6).raw == 6)
        #expect(report.score(.s6).contributions.map(\.amount) == [6, 2, 4].sorted(by: >))
        #expect(report.score(.s6).contributions.first?.entities == ["p1"])
        // p1 lives at Skejby: p2's four trips to g-rand's sessions are gone.
        #expect(report.score(.s2).raw == Tiny1Fixture.validTravel - 2 * 2 * Tiny1Fixture.kmGoedstrupSkejby)
    }

    @Test func meetingsAwayFromTheEvenSpreadCostS8AndTravel() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.meetings = [Tiny1Fixture.implementationGroup(count: 2)]
        fixture.plan.meetings = [
            Meeting(series: "jig", index: 1, date: day("2026-09-10"), slot: .pm, venue: "bua-skejby"),
            Meeting(series: "jig", index: 2, date: day("2026-10-20"), slot: .pm, venue: "bua-goedstrup"),
        ]
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        // Window 2026-09-07…11-06 is 60 days, G = 60 / 2 = 30; the gap is 40 days.
        #expect(report.score(.s8).raw == 10)
        #expect(report.score(.s8).weighted == 50)
        // Meeting 1 at Skejby: Norddjurs 2 × 65, p2 from Gødstrup 2 × 102;
        // meeting 2 at Gødstrup: Norddjurs 2 × 164.
        let meetingTravel = 2 * 65 + 2 * 102 + 2 * 164
        #expect(report.score(.s2).raw == Tiny1Fixture.validTravel + meetingTravel)
        // p2 now has 6 dates: 09-09, 09-10, 09-16, 09-23, 10-07, 10-20.
        #expect(report.score(.s6).raw == 6)
    }

    @Test func aGapOfThreeWeeksIsIrregular() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-22"), day("2026-10-13")]
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s9).raw == 1)
        #expect(report.score(.s9).weighted == 100)
        #expect(report.score(.s5).raw == 1)
    }

    @Test func aMemberAwayInTheSessionsSlotMissesIt() throws {
        var fixture = try Tiny1Fixture()
        let randers = fixture.scenario.municipalities.firstIndex { $0.id == "randers" }!
        fixture.scenario.municipalities[randers].therapists[0].unavailable =
            [DateRange(from: day("2026-09-23"), to: day("2026-10-07"))]
        let report = fixture.check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.score(.s10).raw == 2)
        #expect(report.score(.s10).weighted == 300)
        #expect(report.score(.s10).contributions.allSatisfy { $0.entities == ["randers-01", "g-rand"] })
        // The absent member still counts for travel (presence is not modelled otherwise).
        #expect(report.score(.s2).raw == Tiny1Fixture.validTravel)
    }

    @Test func aBusyCalendarSlotOnlyCountsForTheSessionsSlot() throws {
        var fixture = try Tiny1Fixture()
        let busy = ExternalBusy(busySlots: [.therapist("randers-01"): [day("2026-09-23"): [.am]]])
        let calendar = PlanningCalendar(scenario: fixture.scenario, external: busy)
        let report = PlanChecker(scenario: fixture.scenario, calendar: calendar).check(fixture.plan)
        #expect(report.score(.s10).raw == 0)
        fixture.plan.supervisionGroups[fixture.group("g-rand")].slot = .am
        let moved = PlanChecker(scenario: fixture.scenario, calendar: calendar).check(fixture.plan)
        #expect(moved.score(.s10).raw == 1)
    }
}
