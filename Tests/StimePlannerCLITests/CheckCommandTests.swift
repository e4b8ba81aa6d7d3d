import Foundation
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    private static let emptyPlan = """
        {"version":1,"scenario":"tiny-1","solver":{"status":"feasible","seed":1,"elapsedSeconds":0},
         "cohorts":[],"supervisionGroups":[],"meetings":[],"unassigned":[],
         "score":{"total":0,"hardViolations":0,"terms":{}}}
        """

    private func write(_ text: String, named name: String) throws -> URL {
        let directory = try PlannerBinary.temporaryDirectory()
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// `check PLAN` checks against the embedded default scenario.
    @Test func leavesOutTheScenario() throws {
        let plan = try write(Self.emptyPlan.replacingOccurrences(of: "tiny-1", with: "x"), named: "plan.json")
        let run = try PlannerBinary.run(["check", plan.path])
        #expect(run.status == 4, "\(run.standardError)")
        #expect(run.standardError.contains("made for scenario 'x', not 'Region Midtjylland STIME+ 2026-27'"))
        let none = try PlannerBinary.run(["check"])
        #expect(none.status == 64)
        #expect(none.standardError.contains("Missing expected argument '<plan>'"))
    }

    /// A plan checked against another scenario says so first, before its many findings.
    @Test func saysFirstThatThePlanNamesAnotherScenario() throws {
        let plan = try write(Self.emptyPlan, named: "plan.json")
        let run = try PlannerBinary.run(["check", "tiny-2.json".scenarioPath, plan.path])
        #expect(run.standardError.contains("\(plan.path): warning: the plan was made for scenario 'tiny-1'"))
        let explain = try PlannerBinary.run(["explain", "tiny-2.json".scenarioPath, plan.path])
        #expect(explain.standardError.contains("the plan was made for scenario 'tiny-1'"))
    }

    @Test func speaksDanishUnlessToldOtherwise() throws {
        let plan = try write(Self.emptyPlan, named: "plan.json")
        let danish = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, plan.path])
        #expect(danish.standardOutput.hasPrefix("Hårde regler\n"))
        // The violations too: the empty plan lists no need (H5).
        #expect(danish.standardOutput.contains("er hverken på et hold i angst-tristhed eller opført som ikke tildelt"))
        #expect(!danish.standardOutput.contains("neither"))
        let english = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, plan.path, "--lang", "en"])
        #expect(english.standardOutput.hasPrefix("Hard rules\n"))
        #expect(english.standardOutput.contains("is neither in a cohort of angst-tristhed nor listed as unassigned"))
        #expect(!english.standardOutput.contains("hverken"))
        #expect(english.status == danish.status)
        // `explain` wants every term in the plan's score.
        let terms = (1...10).map { "\"S\($0)\":0" }.joined(separator: ",")
        let scored = try write(
            Self.emptyPlan.replacingOccurrences(of: "\"terms\":{}", with: "\"terms\":{\(terms)}"), named: "scored.json")
        let explained = try PlannerBinary.run(["explain", "tiny-1.json".scenarioPath, scored.path])
        #expect(explained.standardOutput.contains("H5 behovet norddjurs-01/angst-tristhed er hverken på et hold"))
        let explainedInEnglish = try PlannerBinary.run([
            "explain", "tiny-1.json".scenarioPath, scored.path, "--lang", "en",
        ])
        #expect(
            explainedInEnglish.standardOutput.contains("H5 need norddjurs-01/angst-tristhed is neither in a cohort"))
        let recorded = try write(
            Self.emptyPlan.replacingOccurrences(of: "\"version\":1,", with: "\"version\":1,\"language\":\"en\","),
            named: "plan.json")
        let planLanguage = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, recorded.path])
        #expect(planLanguage.standardOutput.hasPrefix("Hard rules\n"), "the plan's language by default")
    }

    @Test func reportsBrokenRulesWithExitCode4() throws {
        let plan = try write(Self.emptyPlan, named: "plan.json")
        let run = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, plan.path])
        #expect(run.status == 4)
        #expect(run.standardOutput.contains("H5"))
        #expect(run.standardOutput.contains("S1"))
    }

    @Test func namesLineAndColumnOfMalformedPlan() throws {
        let plan = try write("{\n  \"version\": 1,\n  \"cohorts\": [,]\n}", named: "broken.json")
        let run = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, plan.path])
        #expect(run.status == 65)
        #expect(run.standardError.contains("broken.json:3:"), "\(run.standardError)")
    }

    @Test func namesTheJSONPathOfAWrongValue() throws {
        let text = Self.emptyPlan.replacingOccurrences(of: "\"seed\":1", with: "\"seed\":\"one\"")
        let plan = try write(text, named: "wrong.json")
        let run = try PlannerBinary.run(["explain", "tiny-1.json".scenarioPath, plan.path])
        #expect(run.status == 65)
        #expect(run.standardError.contains("solver.seed"), "\(run.standardError)")
    }

    @Test func reportsAMissingPlanWithExitCode66() throws {
        let run = try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, "/nonexistent/plan.json"])
        #expect(run.status == 66)
        #expect(run.standardError.contains("/nonexistent/plan.json"))
    }
}

extension String {
    /// The path of a shared scenario in the test support folder.
    var scenarioPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestSupport/Scenarios/\(self)").path
    }
}
