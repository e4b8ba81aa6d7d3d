import Foundation
import TestSupport
import Testing

@Suite struct PlanCommandTests {
    /// Runs `plan` on a shared scenario with a small iteration budget into a fresh folder.
    private func plan(_ scenario: String, iterations: Int = 40, extra: [String] = []) throws -> (PlannerBinary.Run, URL)
    {
        let directory = try PlannerBinary.temporaryDirectory().appendingPathComponent("out")
        let run = try PlannerBinary.run(
            ["plan", scenario, "--out", directory.path, "--iterations", "\(iterations)", "--quiet"] + extra)
        return (run, directory)
    }

    private func planJSONWithoutElapsedTime(_ directory: URL) throws -> String {
        let text = try String(contentsOf: directory.appendingPathComponent("plan.json"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.contains("\"elapsedSeconds\"") }.joined(separator: "\n")
    }

    @Test func writesPlanCalendarsAndReport() throws {
        let (run, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["calendars", "plan.json", "report.html"])
        let calendars = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("calendars").path)
        #expect(calendars.contains("all.ics"))
        #expect(calendars.contains("municipality-randers.ics"))
        #expect(calendars.contains { $0.hasPrefix("psychologist-") })
        #expect(run.standardError.isEmpty, "no progress when standard error is not a terminal")
    }

    @Test func isReproducibleWithAnIterationLimit() throws {
        let (first, one) = try plan("tiny-2.json".scenarioPath, iterations: 60)
        let (second, two) = try plan("tiny-2.json".scenarioPath, iterations: 60)
        #expect(first.status == 0 && second.status == 0)
        #expect(try planJSONWithoutElapsedTime(one) == planJSONWithoutElapsedTime(two))
    }

    @Test func writesPlansThatCheckAgreesWith() throws {
        let (run, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(run.status == 0)
        let check = try PlannerBinary.run(
            ["check", "tiny-1.json".scenarioPath, directory.appendingPathComponent("plan.json").path, "--lang", "en"])
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("The plan's own score agrees with this recomputation."))
    }

    @Test func exitsWith3AndExplainsWhenNeedsAreUnassigned() throws {
        // tiny-1 with a cohort minimum no municipality pair can reach.
        let source = try Data(contentsOf: URL(fileURLWithPath: "tiny-1.json".scenarioPath))
        var document = try #require(try JSONSerialization.jsonObject(with: source) as? [String: Any])
        var manuals = try #require(document["manuals"] as? [[String: Any]])
        var training = try #require(manuals[0]["training"] as? [String: Any])
        training["cohortMin"] = 9
        training["cohortMax"] = 12
        manuals[0]["training"] = training
        document["manuals"] = manuals
        let scenario = try PlannerBinary.temporaryDirectory().appendingPathComponent("short.json")
        try JSONSerialization.data(withJSONObject: document).write(to: scenario)

        let (run, directory) = try plan(scenario.path, iterations: 20)
        #expect(run.status == 3, "\(run.standardError)")
        let planFile = directory.appendingPathComponent("plan.json")
        let text = try String(contentsOf: planFile, encoding: .utf8)
        #expect(text.contains("TOO_FEW_PARTICIPANTS"))
        #expect(text.contains("\"verified\" : true"))
        let explain = try PlannerBinary.run(["explain", scenario.path, planFile.path])
        #expect(explain.status == 0)
        #expect(explain.standardOutput.contains("TOO_FEW_PARTICIPANTS") || explain.standardOutput.contains("cohortMin"))
    }

    @Test func exportWritesCalendarsAndReportAgainInEnglish() throws {
        let (run, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(run.status == 0)
        let target = try PlannerBinary.temporaryDirectory().appendingPathComponent("export")
        let export = try PlannerBinary.run(
            [
                "export", "tiny-1.json".scenarioPath, directory.appendingPathComponent("plan.json").path,
                "--out", target.path, "--lang", "en",
            ])
        #expect(export.status == 0, "\(export.standardError)")
        let report = try String(contentsOf: target.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("lang=\"en\""))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("calendars/all.ics").path))
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("plan.json").path))
    }

    @Test func exportUsesThePlansLanguageUnlessToldOtherwise() throws {
        let (run, directory) = try plan("tiny-1.json".scenarioPath, extra: ["--lang", "en"])
        #expect(run.status == 0)
        let plan = directory.appendingPathComponent("plan.json")
        #expect(try String(contentsOf: plan, encoding: .utf8).contains("\"language\" : \"en\""))
        for (extra, language) in [([String](), "en"), (["--lang", "da"], "da")] {
            let target = try PlannerBinary.temporaryDirectory().appendingPathComponent("export")
            let export = try PlannerBinary.run(
                ["export", "tiny-1.json".scenarioPath, plan.path, "--out", target.path] + extra)
            #expect(export.status == 0, "\(export.standardError)")
            let report = try String(contentsOf: target.appendingPathComponent("report.html"), encoding: .utf8)
            #expect(report.contains("lang=\"\(language)\""), "\(extra)")
        }
    }

    /// A template that is not valid Mustache is invalid input, named by file and line, before
    /// planning; one that ends inside a tag is said so (swift-mustache calls it "overflow").
    @Test(arguments: [
        ("report/style.mustache", "first line\n{{#cohorts}}\n  {{name}\n", "3:9: error: a tag is not finished"),
        ("calendar/meeting-summary.da.mustache", "first line\n{{#cohorts}}\n  {{name}\n", "3:9: error: a tag"),
        ("report/style.mustache", "first line\n{{#cohorts}}\n  {{name", "3:9: error: the template ends inside a tag"),
    ])
    func rejectsABrokenTemplateBeforePlanning(_ file: String, _ text: String, _ message: String) throws {
        let templates = try PlannerBinary.temporaryDirectory()
        let folder = templates.appendingPathComponent(file).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates").appendingPathComponent(
                folder.lastPathComponent)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.removeItem(at: templates.appendingPathComponent(file))
        try Data(text.utf8).write(to: templates.appendingPathComponent(file))
        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("out")
        let run = try PlannerBinary.run(
            ["plan", "tiny-1.json".scenarioPath, "--out", out.path, "--quiet", "--templates", templates.path])
        #expect(run.status == 65, "\(run.standardError)")
        #expect(run.standardError.contains("\(file):\(message)"), "\(run.standardError)")
        #expect(!run.standardError.contains("overflow"))
        #expect(!run.standardError.contains("internal error"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func leavesNothingHalfWrittenWhenTheOutputCannotBeWritten() throws {
        let directory = try PlannerBinary.temporaryDirectory()
        let blocker = directory.appendingPathComponent("blocker")
        try Data("a file".utf8).write(to: blocker)
        let run = try PlannerBinary.run(
            [
                "plan", "tiny-1.json".scenarioPath, "--out", blocker.appendingPathComponent("out").path,
                "--iterations", "5", "--quiet",
            ])
        #expect(run.status == 73)
        #expect(run.standardError.contains("is a file, not a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["blocker"])
    }

    @Test func replacesTheCalendarsOfAnEarlierRunWhole() throws {
        let (first, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(first.status == 0)
        let stale = directory.appendingPathComponent("calendars/therapist-nobody.ics")
        try Data("stale".utf8).write(to: stale)
        let again = try PlannerBinary.run(
            ["plan", "tiny-1.json".scenarioPath, "--out", directory.path, "--iterations", "5", "--quiet"])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func findsAFolderInTheWayOfTheReportBeforePlanning() throws {
        let (first, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(first.status == 0)
        let before = try Data(contentsOf: directory.appendingPathComponent("plan.json"))
        let report = directory.appendingPathComponent("report.html")
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: false)
        let again = try PlannerBinary.run(
            [
                "plan", "tiny-1.json".scenarioPath, "--out", directory.path, "--iterations", "7", "--seed", "2",
                "--quiet",
            ])
        #expect(again.status == 73)
        #expect(again.standardError.contains("report.html: it is a folder"))
        #expect(again.standardOutput.isEmpty, "nothing planned")
        #expect(try Data(contentsOf: directory.appendingPathComponent("plan.json")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func removesWhatAKilledRunLeftBehind() throws {
        let (first, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(first.status == 0)
        let finished = try SpawnedProcess("/bin/true", [])
        finished.waitUntilExit()
        let dead = finished.pid
        let staging = directory.appendingPathComponent(".calendars.partial-\(dead)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        try Data("half".utf8).write(to: staging.appendingPathComponent("all.ics"))
        try Data("half".utf8).write(to: directory.appendingPathComponent(".plan.json.partial-\(dead)"))
        try Data("half".utf8).write(to: directory.appendingPathComponent(".report.html.partial-\(dead)"))
        let again = try PlannerBinary.run(
            ["plan", "tiny-1.json".scenarioPath, "--out", directory.path, "--iterations", "5", "--quiet"])
        #expect(again.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["calendars", "plan.json", "report.html"])
    }

    /// Ctrl-C while the planner works: exit 130, the earlier outputs as they were, no temporaries.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedRunLeavesTheEarlierOutputs(_ signal: Int32) throws {
        let (first, directory) = try plan("tiny-1.json".scenarioPath)
        #expect(first.status == 0)
        let before = try Data(contentsOf: directory.appendingPathComponent("plan.json"))
        let errors = try PlannerBinary.temporaryDirectory().appendingPathComponent("stderr")
        let process = try SpawnedProcess(
            try #require(PlannerBinary.url).path, ["plan", "--out", directory.path, "--time-limit", "120", "--quiet"],
            standardError: .file(errors))
        Thread.sleep(forTimeInterval: 1.5)  // well inside the search of the default scenario
        process.send(signal)
        #expect(process.waitUntilExit() == .exit(128 + signal))
        let message = try String(contentsOf: errors, encoding: .utf8)
        #expect(message.contains("earlier outputs are left as they were"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("plan.json")) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["calendars", "plan.json", "report.html"])
    }

    @Test func rejectsANonPositiveTimeLimit() throws {
        let run = try PlannerBinary.run(["plan", "tiny-1.json".scenarioPath, "--time-limit", "0"])
        #expect(run.status == 64)
    }
}

@Suite struct TemplateOptionTests {
    @Test func usesTheSecretariatsOwnCalendarTemplates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let templates = try PlannerBinary.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("Templates/calendar"), to: templates.appendingPathComponent("calendar"))
        let summary = templates.appendingPathComponent("calendar/training-summary.da.mustache")
        try Data("{{% CONTENT_TYPE: TEXT }}\nKURSUSDAG {{day}}/{{days}}\n".utf8).write(to: summary)

        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("out")
        let run = try PlannerBinary.run(
            [
                "plan", "tiny-1.json".scenarioPath, "--out", out.path, "--iterations", "20", "--quiet",
                "--templates", templates.path,
            ])
        #expect(run.status == 0, "\(run.standardError)")
        let calendar = try String(contentsOf: out.appendingPathComponent("calendars/all.ics"), encoding: .utf8)
        #expect(calendar.contains("SUMMARY:KURSUSDAG 1/2"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    }

    @Test func rejectsAMissingTemplatesFolderBeforePlanning() throws {
        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("out")
        let run = try PlannerBinary.run(
            ["plan", "tiny-1.json".scenarioPath, "--out", out.path, "--quiet", "--templates", "/nonexistent/templates"])
        #expect(run.status == 66)
        #expect(run.standardError.contains("/nonexistent/templates"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

@Suite struct ProgressLineTests {
    private static let script = "/usr/bin/script"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ProgressLineTests.script)))
    func showsProgressOnATerminalUnlessQuiet() throws {
        let binary = try #require(PlannerBinary.url)
        let out = try PlannerBinary.temporaryDirectory().appendingPathComponent("out")
        func runOnATerminal(_ extra: String) throws -> PlannerBinary.Run {
            let command = "\(binary.path) plan \("tiny-1.json".scenarioPath) --out \(out.path) --iterations 30 \(extra)"
            let output = try PlannerBinary.temporaryDirectory().appendingPathComponent("output")
            // Standard input /dev/null, as in CI.
            let process = try SpawnedProcess(
                Self.script, ["-qec", command, "/dev/null"], standardOutput: .file(output),
                standardError: .standardOutput)
            let termination = process.waitUntilExit()
            return PlannerBinary.Run(
                status: termination.code, standardOutput: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                standardError: "")
        }
        let shown = try runOnATerminal("")
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains("best total"), "\(shown.standardOutput)")
        #expect(shown.standardOutput.contains("iterations"))
        let quiet = try runOnATerminal("--quiet")
        #expect(quiet.status == 0)
        #expect(!quiet.standardOutput.contains("best total"))
    }
}
