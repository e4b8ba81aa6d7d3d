import Foundation
import TestSupport
import Testing

/// `check SCENARIO PLAN --base BASE --today DATE [--pins FILE]` (REPLAN.md).
@Suite struct CheckReplanCommandTests {
    /// A tiny-1 plan with nothing in it (H5 fails: its needs are neither assigned nor listed).
    private static func plan(meetings: String = "") -> String {
        """
        {"version":1,"scenario":"tiny-1","solver":{"status":"feasible","seed":1,"elapsedSeconds":0},
         "cohorts":[],"supervisionGroups":[],"meetings":[\(meetings)],"unassigned":[],
         "score":{"total":0,"hardViolations":0,
          "terms":{"S1":0,"S2":0,"S3":0,"S4":0,"S5":0,"S6":0,"S7":0,"S8":0,"S9":0,"S10":0}}}
        """
    }

    private let directory: URL
    private let base: URL

    init() throws {
        directory = try PlannerBinary.temporaryDirectory()
        base = directory.appendingPathComponent("base.json")
        try Data(Self.plan().utf8).write(to: base)
    }

    private func write(_ text: String, named name: String) throws -> String {
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    private func check(_ plan: String, _ options: [String]) throws -> PlannerBinary.Run {
        try PlannerBinary.run(["check", "tiny-1.json".scenarioPath, plan, "--lang", "en"] + options)
    }

    @Test(arguments: [
        ["--today", "2026-10-01"],
        ["--base", "BASE"],
        ["--pins", "pins.json"],
        ["--base", "BASE", "--today", "2026-02-30"],
        ["--base", "BASE", "--today", "1 October"],
    ])
    func halfAReplanIsAUsageError(_ options: [String]) throws {
        let run = try check(base.path, options.map { $0 == "BASE" ? base.path : $0 })
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("--"))
    }

    @Test func aMissingBaseIsUnreadable() throws {
        let run = try check(base.path, ["--base", "/nonexistent/base.json", "--today", "2026-10-01"])
        #expect(run.status == 66)
        #expect(run.standardError.contains("/nonexistent/base.json"))
    }

    @Test func anInvalidBaseNamesPathLineAndColumn() throws {
        let broken = try write(
            Self.plan().replacingOccurrences(of: "\"seed\":1", with: "\"seed\":\"one\""), named: "b.json")
        let run = try check(base.path, ["--base", broken, "--today", "2026-10-01"])
        #expect(run.status == 65)
        #expect(run.standardError.contains("b.json:1:"), "\(run.standardError)")
        #expect(run.standardError.contains("solver.seed"), "\(run.standardError)")
    }

    @Test func anInvalidPinsFileNamesPathLineAndColumn() throws {
        let pins = try write("[\n  {\"cohrt\": \"c-1\"}\n]", named: "pins.json")
        let run = try check(base.path, ["--base", base.path, "--today", "2026-10-01", "--pins", pins])
        #expect(run.status == 65)
        #expect(
            run.standardError.contains("pins.json:2:4: error: [0].cohrt: unknown key 'cohrt'"), "\(run.standardError)")
    }

    @Test func aPinOfSomethingTheBaseLacksIsInvalid() throws {
        let pins = try write(#"[{"group": "g-9"}]"#, named: "pins.json")
        let run = try check(base.path, ["--base", base.path, "--today", "2026-10-01", "--pins", pins])
        #expect(run.status == 65)
        #expect(run.standardError.contains("the base plan has no supervision group 'g-9'"), "\(run.standardError)")
    }

    @Test func printsH13H14AndS11Rows() throws {
        // A meeting of an unknown series dated before today: history, so H12 does not judge it,
        // but it is new, which H13 forbids.
        let meeting = #"{"series":"x","index":1,"date":"2026-09-08","slot":"am","venue":"bua-skejby"}"#
        let plan = try write(Self.plan(meetings: meeting), named: "plan.json")
        let run = try check(plan, ["--base", base.path, "--today", "2026-10-01"])
        #expect(run.status == 4)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("H12    Meetings                        OK"), "\(run.standardOutput)")
        #expect(lines.contains("H13    History                          1"), "\(run.standardOutput)")
        #expect(lines.contains("H14    Pins                            OK"), "\(run.standardOutput)")
        #expect(lines.contains { $0.hasPrefix("S11    Perturbation") })
    }
}
