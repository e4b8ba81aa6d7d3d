import PlanChecker
import PlanningModel
import Testing

@Suite struct ExplanationTests {
    @Test func eachTermKeepsItsCostliestEntities() throws {
        let fixture = try Tiny1Fixture()
        let checker = PlanChecker(scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario))
        let explanation = PlanExplanation(plan: fixture.plan, checker: checker)
        #expect(explanation.terms.map(\.score.code) == ObjectiveTerm.allCases.map(\.code))
        let travel = explanation.terms[1]
        #expect(travel.top.count == 5)
        #expect(travel.omitted == 36 - 5)
        #expect(travel.top.first?.amount == 204)
        let peak = explanation.terms[5]
        #expect(peak.summary.hasPrefix("The busiest psychologist is p1 (Psykolog 1) with 4 activity dates"))
        #expect(explanation.total == Tiny1Fixture.validTotal)
    }

    @Test func theTextNamesTheLongestJourneysAndTheSplitMunicipalities() throws {
        var fixture = try Tiny1Fixture()
        let nord = Tiny1Fixture.norddjurs.dropLast() + ["randers-04"]
        let rand = Tiny1Fixture.randers.dropLast() + ["norddjurs-04"]
        fixture.plan.cohorts[0].participants = Array(nord)
        fixture.plan.cohorts[1].participants = Array(rand)
        fixture.plan.supervisionGroups[0].members = Array(nord)
        fixture.plan.supervisionGroups[1].members = Array(rand)
        let checker = PlanChecker(scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario))
        let text = PlanExplanation(plan: fixture.plan, checker: checker).text()
        #expect(text.contains("S2 Travel: "))
        let longest = "1. p2 (Psykolog 2) → bua-skejby, cohort c-rand training day 2026-09-09 (2 × 102 km): 204 km"
        #expect(text.contains(longest))
        #expect(text.contains("Norddjurs Kommune, angst-tristhed: 2 cohorts (c-nord, c-rand)"))
        #expect(text.contains("Unassigned needs: none."))
    }

    @Test func anUnassignedNeedShowsReasonDetailAndSuggestions() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists.append(Therapist(id: "norddjurs-05", manuals: ["angst-tristhed"]))
        let suggestion = Suggestion(
            text: "Raise cohortMax of angst-tristhed to 7",
            patch: [PatchOperation(op: .replace, path: "/manuals/0/training/cohortMax", value: .int(7))], verified: true
        )
        fixture.plan.unassigned = [
            UnassignedNeed(
                therapist: "norddjurs-05", manual: "angst-tristhed", reason: .tooFewParticipants,
                detail: "Both cohorts are full.", suggestions: [suggestion])
        ]
        let checker = PlanChecker(scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario))
        let explanation = PlanExplanation(plan: fixture.plan, checker: checker)
        let need = try #require(explanation.unassigned.first)
        #expect(need.municipality == "Norddjurs Kommune")
        #expect(need.manualTitle == "Bekymring og tristhed")
        #expect(need.suggestions == [suggestion])
        let text = explanation.text()
        #expect(text.contains("norddjurs-05 (Norddjurs Kommune) — Bekymring og tristhed [angst-tristhed]"))
        #expect(text.contains("Reason TOO_FEW_PARTICIPANTS: "))
        #expect(text.contains("- Raise cohortMax of angst-tristhed to 7 (verified by re-planning)"))
        #expect(text.contains("patch: replace /manuals/0/training/cohortMax = 7"))
    }
}
