import Foundation
import TestSupport
import Testing

/// `replan` and `whatif` through the command line: outputs, exit codes, messages, determinism.
@Suite struct ReplanCommandTests {
    static let today = "2026-10-01"

    /// A base plan of tiny-1 (40 iterations) in a fresh folder.
    private func basePlan() throws -> URL {
        let directory = try PlannerBinary.temporaryDirectory().appendingPathComponent("base")
        let run = try PlannerBinary.run(
            ["plan", "tiny-1.json".scenarioPath, "--out", directory.path, "--iterations", "40", "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        return directory.appendingPathComponent("plan.json")
    }

    private func replan(_ scenario: String, base: String, extra: [String] = []) throws -> (PlannerBinary.Run, URL) {
        let directory = try PlannerBinary.temporaryDirectory().appendingPathComponent("re")
        let run = try PlannerBinary.run(
            ["replan", scenario, base, "--today", Self.today, "--out", directory.path, "--iterations", "30", "--quiet"]
                + extra)
        return (run, directory)
    }

    private func withoutElapsedTime(_ file: URL) throws -> String {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .filter { !$0.contains("\"elapsedSeconds\"") }.joined(separator: "\n")
    }

    /// tiny-1 without `therapist`, written to a temporary file.
    private func tinyWithout(_ therapist: String) throws -> URL {
        let source = try Data(contentsOf: URL(fileURLWithPath: "tiny-1.json".scenarioPath))
        var document = try #require(try JSONSerialization.jsonObject(with: source) as? [String: Any])
        var municipalities = try #require(document["municipalities"] as? [[String: Any]])
        for i in municipalities.indices {
            let therapists = try #require(municipalities[i]["therapists"] as? [[String: Any]])
            municipalities[i]["therapists"] = therapists.filter { $0["id"] as? String != therapist }
        }
        document["municipalities"] = municipalities
        let url = try PlannerBinary.temporaryDirectory().appendingPathComponent("changed.json")
        try JSONSerialization.data(withJSONObject: document).write(to: url)
        return url
    }

    @Test func writesAReplanWithBaseChangesAndS11Reproducibly() throws {
        let base = try basePlan()
        let scenario = try tinyWithout("norddjurs-02")
        let (first, one) = try replan(scenario.path, base: base.path)
        let (second, two) = try replan(scenario.path, base: base.path)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(second.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: one.path).sorted()
        #expect(files == ["calendars", "plan.json", "report.html"])
        let text = try String(contentsOf: one.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(text.contains("\"base\" : {"))
        #expect(text.contains("\"changes\" : ["))
        #expect(text.contains("\"S11\" : "))
        #expect(
            try withoutElapsedTime(one.appendingPathComponent("plan.json"))
                == withoutElapsedTime(two.appendingPathComponent("plan.json")))
        #expect(first.standardOutput.contains("Left since the base: therapists norddjurs-02."))
    }

    @Test func aBaseThatIsNotAPlanIsInvalidInputWithItsPlace() throws {
        let folder = try PlannerBinary.temporaryDirectory()
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\n  \"version\": 1,\n  \"scenario\": \"x\",\n  \"cohorts\": [,]\n}\n".utf8).write(to: broken)
        let (run, _) = try replan("tiny-1.json".scenarioPath, base: broken.path)
        #expect(run.status == 65)
        #expect(run.standardError.contains("broken.json:4:"), "\(run.standardError)")

        let incomplete = folder.appendingPathComponent("incomplete.json")
        try Data("{\"version\": 1, \"scenario\": \"x\"}".utf8).write(to: incomplete)
        let (missingKeys, _) = try replan("tiny-1.json".scenarioPath, base: incomplete.path)
        #expect(missingKeys.status == 65)
        #expect(missingKeys.standardError.contains("incomplete.json:1:"), "\(missingKeys.standardError)")

        let (missing, _) = try replan("tiny-1.json".scenarioPath, base: folder.appendingPathComponent("no.json").path)
        #expect(missing.status == 66)
    }

    @Test func aTodayThatIsNotADateIsWrongUsage() throws {
        let run = try PlannerBinary.run(["replan", "tiny-1.json".scenarioPath, "x.json", "--today", "1 June"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--today"))
    }

    @Test func whatifShowsThreeOptionsReproduciblyAndWritesOne() throws {
        let base = try basePlan()
        let arguments = [
            "whatif", "tiny-1.json".scenarioPath, base.path, "--today", Self.today, "--iterations", "20",
            "--leave", "norddjurs-02", "--absent", "p1:2026-10-05..2026-10-16",
        ]
        let first = try PlannerBinary.run(arguments)
        let second = try PlannerBinary.run(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == second.standardOutput)
        for label in ["1 least disruption", "2 balanced", "3 best plan", "S11", "unassigned needs", "people affected"] {
            #expect(first.standardOutput.contains(label), "\(label)")
        }
        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("option")
        let written = try PlannerBinary.run(arguments + ["--write", "2", "--out", out.path])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan.json").path))
    }

    @Test(arguments: [
        (["--absent", "p1"], Int32(64), "--absent expects ID:FROM..TO"),
        (["--absent", "p1:2026-10-20..2026-10-01"], 64, "is after"),
        (["--certify", "p1"], 64, "--certify expects PSYCHOLOGIST:MANUAL"),
        (["--leave", "nobody"], 65, "no therapist 'nobody'"),
        (["--close", "atlantis:2026-10-01..2026-10-02"], 65, "no venue 'atlantis'"),
        (["--certify", "p1:juggling"], 65, "no manual 'juggling'"),
        (["--join", "/nonexistent/join.yaml"], 66, "join.yaml"),
    ])
    func whatifRejectsWrongChangesClearly(change: [String], status: Int32, message: String) throws {
        let base = try basePlan()
        let run = try PlannerBinary.run(
            ["whatif", "tiny-1.json".scenarioPath, base.path, "--today", Self.today, "--iterations", "5"] + change)
        #expect(run.status == status, "\(run.standardError)")
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    @Test func whatifJoinsATherapistFromYAML() throws {
        let base = try basePlan()
        let join = try PlannerBinary.temporaryDirectory().appendingPathComponent("join.yaml")
        try Data("municipality: randers\nid: randers-09\nmanuals: [angst-tristhed]\n".utf8).write(to: join)
        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("option")
        let run = try PlannerBinary.run(
            [
                "whatif", "tiny-1.json".scenarioPath, base.path, "--today", Self.today, "--iterations", "20",
                "--join", join.path, "--write", "2", "--out", out.path,
            ])
        #expect(run.status == 0, "\(run.standardError)")
        let plan = try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(plan.contains("\"randers-09\""), "the joining therapist is placed or listed as unassigned")
    }
}
