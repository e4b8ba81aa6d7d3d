import PlanChecker
import PlanningModel
import Testing

/// One hand-broken plan (or scenario edit) per hard rule; each must fire exactly that rule.
@Suite struct HardRuleTests {
    /// Breaks the valid tiny-1 plan so that `rule`, and only `rule`, is violated.
    static func breakRule(_ rule: HardRule, in fixture: inout Tiny1Fixture) {
        switch rule {
        case .h1:
            // Saturdays; 11 days after the last training day and 14 apart, so H11 still holds.
            fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-26"), day("2026-10-10")]
        case .h2:
            // Thursday then Tuesday: a 5-day gap, below minGapDays 7.
            fixture.plan.cohorts[fixture.cohort("c-nord")].days = [day("2026-09-10"), day("2026-09-15")]
        case .h3:
            // 4 participants + 2 trainers no longer fit; groups (4 + 1) still do.
            fixture.scenario.venues[fixture.venue("bua-skejby")].capacity = 5
        case .h4:
            fixture.plan.cohorts[fixture.cohort("c-nord")].trainers = ["p1"]
        case .h5:
            fixture.plan.unassigned = [
                UnassignedNeed(
                    therapist: "norddjurs-01", manual: "angst-tristhed", reason: .noDates, detail: "Listed twice.",
                    suggestions: [])
            ]
        case .h6:
            fixture.scenario.psychologists[fixture.psychologist("p2")].unavailable =
                [DateRange(from: day("2026-09-23"), to: day("2026-09-23"))]
        case .h7:
            // c-rand on c-nord's dates: p3 trains both cohorts at once (2 rooms, so no H9).
            fixture.plan.cohorts[fixture.cohort("c-rand")].days = [day("2026-09-08"), day("2026-09-15")]
        case .h8:
            fixture.scenario.psychologists[fixture.psychologist("p3")].maxDaysPerWeek = 1
        case .h9:
            // Both groups meet at Skejby in the pm slot, which now has one room.
            fixture.scenario.venues[fixture.venue("bua-skejby")].rooms = 1
            let nord = fixture.group("g-nord")
            fixture.plan.supervisionGroups[nord].slot = .pm
            fixture.plan.supervisionGroups[nord].sessions = [day("2026-09-23"), day("2026-10-07")]
        case .h10:
            fixture.plan.supervisionGroups[fixture.group("g-nord")].members.removeLast()
        case .h11:
            // A 10-day gap; allowed are 7, 14 and 21.
            fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-22"), day("2026-10-02")]
        case .h12:
            // The scenario asks for a meeting series the plan does not schedule.
            fixture.scenario.meetings = [Tiny1Fixture.implementationGroup(count: 1)]
        case .h13:
            // Both cohorts are history on 09-21; c-nord's trainers change after the fact (p2 is
            // certified, free on 09-08 and 09-15, and has 5 September dates, the monthly maximum).
            fixture.publish(today: "2026-09-21")
            fixture.plan.cohorts[fixture.cohort("c-nord")].trainers = ["p1", "p2"]
        case .h14:
            // g-rand is pinned, then moved a week later (still 14 days after training, 14 apart).
            fixture.publish(today: "2026-09-07", pins: [.group("g-rand")])
            fixture.plan.supervisionGroups[fixture.group("g-rand")].sessions = [day("2026-09-30"), day("2026-10-14")]
        }
    }

    @Test(arguments: HardRule.allCases)
    func aPlanBrokenForOneRuleFiresExactlyThatRule(rule: HardRule) throws {
        var fixture = try Tiny1Fixture()
        Self.breakRule(rule, in: &fixture)
        let report = fixture.check()
        #expect(report.brokenRules == [rule], "\(report.violations)")
        #expect(report.hardViolationCount >= 1)
        #expect(report.hardViolationCount == report.violations.count)
        #expect(report.violations.allSatisfy { $0.description.hasPrefix("\(rule.code) ") })
        let row = report.table().split(separator: "\n").first { $0.hasPrefix("\(rule.code) ") }
        #expect(row?.hasSuffix(" \(report.hardViolationCount)") == true, "\(row ?? "no row")")
    }

    @Test func messagesNameTheEntitiesInvolved() throws {
        var fixture = try Tiny1Fixture()
        Self.breakRule(.h7, in: &fixture)
        let clashes = fixture.check().violations(of: .h7)
        #expect(clashes.count == 2)
        let first = try #require(clashes.first)
        #expect(first.message.contains("p3"))
        #expect(first.message.contains("cohort c-nord training day 2026-09-08"))
        #expect(first.message.contains("cohort c-rand training day 2026-09-08"))
        #expect(Set(first.entities) == ["p3", "c-nord", "c-rand"])
    }

    @Test func aPsychologistAttendingAMeetingCanClashWithTheirSupervision() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.meetings = [Tiny1Fixture.implementationGroup(count: 2)]
        fixture.plan.meetings = [
            Meeting(series: "jig", index: 1, date: day("2026-09-23"), slot: .pm, venue: "bua-goedstrup"),
            Meeting(series: "jig", index: 2, date: day("2026-10-28"), slot: .pm, venue: "bua-skejby"),
        ]
        let report = fixture.check()
        #expect(report.brokenRules == [.h7], "\(report.violations)")
        // The same pm slot, and two venues on one date.
        #expect(report.violations(of: .h7).count == 2)
        #expect(report.violations(of: .h7).contains { $0.message.contains("2 venues on 2026-09-23") })
    }

    @Test func aTherapistAwayOnASupervisionDateIsNotAViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists[0].unavailable =
            [DateRange(from: day("2026-09-22"), to: day("2026-09-22"))]
        let report = fixture.check()
        #expect(report.violations.isEmpty)
        #expect(report.score(.s10).raw == 1)
    }

    @Test func aTherapistAwayOnATrainingDayIsAViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists[0].unavailable =
            [DateRange(from: day("2026-09-15"), to: day("2026-09-15"))]
        let report = fixture.check()
        #expect(report.brokenRules == [.h6])
        #expect(report.violations.first?.message.contains("norddjurs-01") == true)
    }

    @Test func trainingBeforeReadyFromIsAViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[1].readyFrom = day("2026-09-10")
        let report = fixture.check()
        #expect(report.brokenRules == [.h6])
        // 4 Randers therapists on 2026-09-09.
        #expect(report.violations.count == 4)
    }

    @Test func aPublicHolidayIsNamed() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.horizon = DateRange(from: day("2026-09-07"), to: day("2026-12-31"))
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-22"), day("2026-12-25")]
        let messages = fixture.check().violations(of: .h1).map(\.message)
        #expect(messages == ["supervision group g-nord: session 2026-12-25 is a public holiday (Christmas Day)"])
    }
}
