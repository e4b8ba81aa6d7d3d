import Foundation
import PlanChecker
import PlanningModel
import TestSupport
import Testing

@testable import Planner

@Suite struct SuggestionTests {
    /// tight-2026: `krop-mad` has one certified psychologist but needs two trainers, so each
    /// of its needs is unassigned with NO_CERTIFIED_TRAINERS and a verified way out.
    @Test func tightScenarioSaysWhyAndOffersVerifiedWaysOut() throws {
        let (scenario, calendar) = try loadShared("tight-2026.json")
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 40, suggestionBudget: 10))
        #expect(!plan.unassigned.isEmpty)
        let kropMad = plan.unassigned.filter { $0.manual == "krop-mad" }
        #expect(kropMad.count == scenario.needs.filter { $0.manual == "krop-mad" }.count)
        for need in plan.unassigned {
            #expect(!need.detail.isEmpty)
            #expect(
                need.suggestions.contains { $0.verified }, "no verified suggestion for \(need.therapist)/\(need.manual)"
            )
        }
        for need in kropMad {
            #expect(need.reason == .noCertifiedTrainers)
            #expect(
                need.suggestions.allSatisfy { s in
                    s.patch.allSatisfy {
                        $0.op == .add && $0.path.hasSuffix("/manuals/-") && $0.value == .string("krop-mad")
                    }
                })
        }
        let report = PlanChecker(scenario: scenario, calendar: calendar).check(plan)
        #expect(report.hardViolationCount == 0)
        #expect(report.total == plan.score.total)
    }

    /// Reasons and suggestions are Danish by default and English on request, from the string
    /// tables, with every placeholder filled; the plan records its language.
    @Test(arguments: [OutputLanguage.da, .en])
    func wordsReasonsAndSuggestionsInThePlansLanguage(_ language: OutputLanguage) throws {
        let (scenario, calendar) = try loadShared("tight-2026.json")
        var options = PlannerOptions(seed: 1, iterations: 20, suggestionBudget: 10)
        if language != .da { options.language = language }  // Danish is the default
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar).solve(options)
        #expect(plan.language == language)
        let need = try #require(plan.unassigned.first { $0.manual == "krop-mad" })
        let suggestion = try #require(need.suggestions.first)
        switch language {
        case .da:
            #expect(
                need.detail.hasPrefix(
                    "Kun 1 psykolog er certificeret i krop-mad, men hvert hold skal have 2 undervisere"))
            #expect(suggestion.text.hasPrefix("Certificér bua-"))
        case .en:
            #expect(
                need.detail.hasPrefix(
                    "Only 1 psychologist is certified for krop-mad, but every cohort needs 2 trainers"))
            #expect(suggestion.text.hasPrefix("Certify bua-"))
        }
        for need in plan.unassigned {
            for text in [need.detail] + need.suggestions.map(\.text) {
                #expect(!text.contains("{") && !text.contains("detail.") && !text.contains("suggestion."), "\(text)")
            }
        }
    }

    /// A verified patch really assigns the need when applied to the scenario document.
    @Test func verifiedPatchAssignsTheNeed() throws {
        let (scenario, calendar) = try loadShared("tight-2026.json")
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 20, suggestionBudget: 10))
        let need = try #require(plan.unassigned.first)
        let suggestion = try #require(need.suggestions.first { $0.verified })
        let patched = try JSONValue(encoding: scenario).applying(suggestion.patch).decode(Scenario.self)
        let replan = StimePlanSolver(scenario: patched, calendar: PlanningCalendar(scenario: patched))
            .solve(PlannerOptions(seed: 1, iterations: 10, suggestions: false))
        #expect(replan.cohorts.contains { $0.manual == need.manual && $0.participants.contains(need.therapist) })
    }

    /// Too few needs for a cohort gives TOO_FEW_PARTICIPANTS and a lower `cohortMin`.
    @Test func tooFewParticipantsSuggestsALowerCohortMin() throws {
        var (scenario, _) = try loadShared("tiny-1.json")
        scenario.manuals[0].training.cohortMin = 9
        scenario.manuals[0].training.cohortMax = 12
        let plan = StimePlanSolver(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
            .solve(PlannerOptions(seed: 1, iterations: 10, suggestionBudget: 10))
        #expect(plan.unassigned.count == 8)
        for need in plan.unassigned {
            #expect(need.reason == .tooFewParticipants)
            let first = try #require(need.suggestions.first)
            #expect(first.verified)
            #expect(
                first.patch == [PatchOperation(op: .replace, path: "/manuals/0/training/cohortMin", value: .int(8))])
        }
    }
}
