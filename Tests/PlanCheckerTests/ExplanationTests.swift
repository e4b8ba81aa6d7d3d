import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel
import TestSupport
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

    @Test func explainsInDanish() throws {
        let fixture = try Tiny1Fixture()
        let checker = PlanChecker(
            scenario: fixture.scenario, calendar: PlanningCalendar(scenario: fixture.scenario),
            strings: try StringTable.bundled(.da))
        let explanation = PlanExplanation(plan: fixture.plan, checker: checker)
        #expect(
            explanation.terms[5].summary.hasPrefix("Den travleste psykolog er p1 (Psykolog 1) med 4 aktivitetsdatoer"))
        let text = explanation.text()
        #expect(
            text.hasPrefix(
                "Samlet score \(Tiny1Fixture.validTotal) (lavere er bedre).\nPlanen overholder alle hårde regler."))
        #expect(text.contains("S2 Rejse: "))
        let longest = "1. p2 (Psykolog 2) → bua-skejby, hold c-rand uddannelsesdag 2026-09-09 (2 × 102 km): 204 km"
        #expect(text.contains(longest))
        #expect(text.contains("Behov uden hold: ingen."))
        for key in ["explain.", "unit.", "termShort.", "count.", "checker.", "{", "cohort", "training day"] {
            #expect(!text.contains(key), "\(key)")
        }
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
        #expect(explanation.unassignedGroups.map(\.therapists) == [["norddjurs-05"]])
        #expect(
            text.contains("norddjurs-05 (Norddjurs Kommune) has no cohort in Bekymring og tristhed [angst-tristhed]"))
        #expect(text.contains("Reason TOO_FEW_PARTICIPANTS: "))
        #expect(text.contains("- Raise cohortMax of angst-tristhed to 7 (verified by re-planning)"))
        #expect(text.contains("patch: replace /manuals/0/training/cohortMax = 7"))
    }

    @Test func needsWithTheSameReasonAndSuggestionsAreExplainedOnce() throws {
        let scenario = try JSONDecoder().decode(
            Scenario.self, from: Data(contentsOf: SharedScenarios.url("tight-2026.json")))
        let suggestion = Suggestion(
            text: "Certify bua-p07 (Mette Vestergaard) in krop-mad.",
            patch: [PatchOperation(op: .add, path: "/psychologists/6/manuals/-", value: .string("krop-mad"))],
            verified: true)
        // The tight plan: every krop-mad need unassigned alike.
        let needs = scenario.needs.filter { $0.manual == "krop-mad" }.map {
            UnassignedNeed(
                therapist: $0.therapist, manual: $0.manual, reason: .noCertifiedTrainers,
                detail: "Only 1 psychologist is certified for krop-mad, but every cohort needs 2 trainers.",
                suggestions: [suggestion])
        }
        #expect(needs.count == 19)
        var unverified = needs[0]
        unverified.therapist = "aarhus-01"
        unverified.suggestions[0].verified = false
        let plan = Plan(
            scenario: scenario.name, solver: SolverSummary(status: .feasible, seed: 1, elapsedSeconds: 0),
            cohorts: [], supervisionGroups: [], meetings: [], unassigned: needs + [unverified],
            score: Score(total: 0, hardViolations: 0, terms: [:]))
        let checker = PlanChecker(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
        let explanation = PlanExplanation(plan: plan, checker: checker)
        #expect(explanation.unassigned.count == 20)
        let groups = explanation.unassignedGroups
        #expect(groups.map(\.count) == [19, 1])
        #expect(groups[0].therapists == needs.map(\.therapist))
        #expect(groups[0].byMunicipality.first?.municipality == "Aarhus Kommune")
        let text = explanation.text()
        #expect(text.contains("Unassigned needs (20, in 2 groups with the same reason and suggestions):"))
        #expect(text.contains("  19 therapists have no cohort in Krop og mad [krop-mad]"))
        #expect(text.contains("    Aarhus Kommune: aarhus-03, aarhus-07, aarhus-11; Randers Kommune: "))
        #expect(text.contains("  aarhus-01 (Aarhus Kommune) has no cohort in Krop og mad [krop-mad]"))
        #expect(text.components(separatedBy: "(verified by re-planning)").count - 1 == 1)
        #expect(text.components(separatedBy: "Reason NO_CERTIFIED_TRAINERS").count - 1 == 2)
        for need in needs {
            #expect(text.contains(need.therapist))
        }
    }
}
