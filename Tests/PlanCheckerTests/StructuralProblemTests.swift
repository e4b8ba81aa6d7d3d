import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

/// A plan with unknown ids, repeats or bad dates is reported by rule, never a crash.
@Suite struct StructuralProblemTests {
    @Test func unknownIdsAreViolationsOfTheirRules() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts[0].trainers = ["p1", "nobody"]
        fixture.plan.cohorts[0].venue = "atlantis"
        fixture.plan.cohorts[1].participants[0] = "ghost-01"
        fixture.plan.supervisionGroups[1].cohort = "c-none"
        fixture.plan.meetings = [
            Meeting(
                series: "no-series", index: 1, date: day("2026-09-10"), slot: .am,
                venue: "bua-skejby")
        ]
        let report = fixture.check()
        let broken = Set(report.brokenRules)
        #expect(broken.isSuperset(of: [.h4, .h5, .h9, .h10, .h12]))
        #expect(report.violations(of: .h4).contains { $0.message.contains("nobody") })
        #expect(report.violations(of: .h9).contains { $0.message.contains("atlantis") })
        #expect(report.violations(of: .h5).contains { $0.message.contains("ghost-01") })
        #expect(report.violations(of: .h10).contains { $0.message.contains("c-none") })
        #expect(report.violations(of: .h12).contains { $0.message.contains("no-series") })
    }

    @Test func aCohortOfAnUnknownManualIsACoverageViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts[0].manual = "uro"
        let report = fixture.check()
        #expect(report.violations(of: .h5).contains { $0.message.contains("manual uro is not a manual") })
        // Its participants' needs are then covered nowhere.
        #expect(report.violations(of: .h5).filter { $0.message.contains("neither in a cohort") }.count == 4)
    }

    @Test func aParticipantWhoDoesNotNeedTheManualIsACoverageViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists[3].manuals = []
        let report = fixture.check()
        #expect(report.brokenRules.contains(.h5))
        #expect(
            report.violations(of: .h5).map(\.message) == [
                "cohort c-nord: norddjurs-04 does not need manual angst-tristhed"
            ])
    }

    @Test func aNeedInTwoCohortsIsListedTwice() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts[1].participants.append("norddjurs-01")
        let report = fixture.check()
        #expect(
            report.violations(of: .h5).map(\.message)
                == ["need norddjurs-01/angst-tristhed appears 2 times (cohort c-nord, cohort c-rand)"])
    }

    @Test func datesOutOfOrderAreReportedNotSorted() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts[0].days.reverse()
        fixture.plan.supervisionGroups[0].sessions.reverse()
        let report = fixture.check()
        #expect(report.violations(of: .h2).contains { $0.message.contains("not strictly increasing") })
        #expect(report.violations(of: .h11).contains { $0.message.contains("not strictly increasing") })
    }

    @Test func anEmptyPlanReportsEveryNeedAndNoCrash() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.cohorts = []
        fixture.plan.supervisionGroups = []
        let report = fixture.check()
        #expect(report.brokenRules == [.h5])
        #expect(report.violations.count == 8)
        #expect(report.score(.s1).raw == 8)
        #expect(report.score(.s6).raw == 0)
    }

    @Test func aDateThatDoesNotParseIsAnH1ViolationInPlanJSON() throws {
        let fixture = try Tiny1Fixture()
        let text = try #require(String(data: try fixture.plan.jsonData(), encoding: .utf8))
        let broken = text.replacingOccurrences(of: "\"2026-09-15\"", with: "\"2026-09-31\"")
        let checker = PlanChecker(scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario))
        let report = try checker.check(planJSON: Data(broken.utf8))
        #expect(
            report.violations(of: .h1).map(\.message) == [
                "cohort c-nord: training day '2026-09-31' is not a date (YYYY-MM-DD)"
            ])
        // The cohort is one day short now.
        #expect(report.brokenRules.contains(.h2))
    }

    @Test func planJSONOfAValidPlanChecksLikeThePlan() throws {
        let fixture = try Tiny1Fixture()
        let checker = PlanChecker(scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario))
        let report = try checker.check(planJSON: fixture.plan.jsonData())
        #expect(report.violations.isEmpty)
        #expect(report.total == Tiny1Fixture.validTotal)
    }
}

@Suite struct SharedScenarioSmokeTests {
    @Test(arguments: SharedScenarios.names)
    func anEmptyPlanListsEveryNeedUnderH5(name: String) throws {
        let scenario = try JSONDecoder().decode(Scenario.self, from: Data(contentsOf: SharedScenarios.url(name)))
        let plan = Plan(
            scenario: scenario.name, solver: SolverSummary(status: .infeasible, seed: 1, elapsedSeconds: 0),
            cohorts: [], supervisionGroups: [], meetings: [], unassigned: [],
            score: Score(total: 0, hardViolations: 0, terms: [:]))
        let report = PlanChecker(scenario: scenario, calendar: PlanningCalendar(scenario: scenario)).check(plan)
        let meetingSeries = scenario.meetings.filter { $0.count > 0 }.count
        #expect(report.violations(of: .h5).count == scenario.needs.count)
        #expect(report.violations(of: .h12).count == meetingSeries)
        #expect(report.score(.s1).raw == scenario.needs.count)
        #expect(report.total == scenario.needs.count * scenario.weights.unassigned)
        #expect(report.scoreMismatches.contains { $0.key == "S1" })
    }
}
