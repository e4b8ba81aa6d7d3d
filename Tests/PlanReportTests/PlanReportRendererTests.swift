import Foundation
import FoundationXML
import PlanTemplates
import PlanningModel
import Testing

@testable import PlanReport

@Suite struct PlanReportRendererTests {
    private static let scenarios = ["tiny-1.json", "midtjylland-2026.json"]

    private func render(
        _ scenario: Scenario, _ plan: Plan, language: OutputLanguage, saveAs name: String? = nil
    ) throws -> String {
        let html = try PlanReportRenderer(
            scenario: scenario, plan: plan, calendar: PlanningCalendar(scenario: scenario), language: language
        ).render()
        // STIME_REPORT_OUT=/tmp/dir keeps the pages for looking at them in a browser.
        if let name, let folder = ProcessInfo.processInfo.environment["STIME_REPORT_OUT"] {
            let file = "report-\(name.replacingOccurrences(of: ".json", with: ""))-\(language.rawValue).html"
            try html.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        }
        return html
    }

    private func render(_ name: String, language: OutputLanguage) throws -> (plan: Plan, html: String) {
        let scenario = try ExamplePlans.scenario(name)
        let plan = ExamplePlans.plan(for: name, scenario: scenario)
        return (plan, try render(scenario, plan, language: language, saveAs: name))
    }

    @Test(arguments: scenarios, OutputLanguage.allCases)
    func showsEveryCohortGroupMeetingAndUnassignedNeed(scenario name: String, language: OutputLanguage) throws {
        let (plan, html) = try render(name, language: language)
        for cohort in plan.cohorts {
            #expect(html.contains(cohort.id), "cohort \(cohort.id)")
        }
        for group in plan.supervisionGroups {
            #expect(html.contains(group.id), "group \(group.id)")
        }
        let strings = try StringTable(directory: PlanTemplates.bundledDirectory("report")!, language: language)
        let format = ReportFormat(strings: strings)
        for meeting in plan.meetings {
            let row = "<td class=\"num\">\(meeting.index)</td><td>\(format.dateWithWeekday(meeting.date))</td>"
            #expect(html.contains(row), "meeting \(meeting.series) #\(meeting.index)")
        }
        for need in plan.unassigned {
            #expect(html.contains("\(need.therapist) · \(need.manual)"), "unassigned \(need.therapist)")
            #expect(html.contains(need.reason.rawValue))
            for suggestion in need.suggestions {
                #expect(html.contains(SVGCanvas.escape(suggestion.text)), "suggestion \(suggestion.text)")
            }
        }
    }

    @Test(arguments: OutputLanguage.allCases)
    func groupsUnassignedNeedsWithTheSameReasonAndSuggestions(language: OutputLanguage) throws {
        let scenario = try ExamplePlans.scenario("tight-2026.json")
        let plan = ExamplePlans.tightKropMad(scenario)
        #expect(plan.unassigned.count == 19)
        let html = try render(scenario, plan, language: language, saveAs: "tight-2026.json")
        #expect(XMLCheck.errors(in: html) == [])
        // One card for all 19, every therapist id still in it, each suggestion once.
        #expect(html.components(separatedBy: "<article class=\"need\"").count - 1 == 1)
        let heading = language == .da ? "19 behandlere har ikke fået et hold i " : "19 therapists have no cohort in "
        #expect(html.contains(heading))
        for need in plan.unassigned {
            #expect(html.contains(need.therapist), "unassigned \(need.therapist)")
        }
        for suggestion in plan.unassigned[0].suggestions {
            #expect(html.components(separatedBy: SVGCanvas.escape(suggestion.text)).count - 1 == 1)
        }
        #expect(html.contains("<strong>Aarhus Kommune:</strong> "))
        let (tiny, tinyHTML) = try render("tiny-1.json", language: language)
        // Different suggestions: one card each, worded for one therapist.
        #expect(tinyHTML.components(separatedBy: "<article class=\"need\"").count - 1 == tiny.unassigned.count)
    }

    @Test(arguments: scenarios, OutputLanguage.allCases)
    func isWellFormedXMLWithWellFormedCharts(scenario name: String, language: OutputLanguage) throws {
        let (_, html) = try render(name, language: language)
        #expect(XMLCheck.errors(in: html) == [])
        let charts = XMLCheck.svgBlocks(in: html)
        #expect(charts.count == 3)
        for chart in charts {
            #expect(XMLCheck.errors(in: chart) == [])
            #expect(chart.contains("viewBox=\""))
        }
    }

    @Test(arguments: scenarios, OutputLanguage.allCases)
    func isSelfContained(scenario name: String, language: OutputLanguage) throws {
        let (_, html) = try render(name, language: language)
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("http://"))
        #expect(!lower.contains("https://"))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url("))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<iframe"))
    }

    @Test(arguments: [19, 98])
    func rendersAGeneratedScenario(municipalities: Int) throws {
        let scenario = ScenarioGenerator(municipalities: municipalities, seed: 3).generate()
        let plan = ExamplePlans.midtjylland(scenario)
        let html = try render(scenario, plan, language: .da, saveAs: "generated-\(municipalities)")
        #expect(XMLCheck.errors(in: html) == [])
        for cohort in plan.cohorts {
            #expect(html.contains(cohort.id))
        }
    }

    @Test func scoreSectionComesFromTheIndependentCheck() throws {
        let (_, honest) = try render("tiny-1.json", language: .en)
        #expect(!honest.contains("differ from the check"))
        #expect(honest.contains("p1 (Psykolog 1)"))  // a top contributor of S6
        let scenario = try ExamplePlans.scenario("tiny-1.json")
        var plan = ExamplePlans.tiny1()
        plan.score.terms["S2"] = 1
        plan.cohorts[0].trainers = ["p1"]  // H4: two trainers needed
        let edited = try render(scenario, plan, language: .en)
        #expect(edited.contains("differ from the check"))
        #expect(edited.contains("H4 "))
        #expect(edited.contains("status-bad"))
    }

    @Test func danishAndEnglishDiffer() throws {
        let (_, danish) = try render("tiny-1.json", language: .da)
        let (_, english) = try render("tiny-1.json", language: .en)
        #expect(danish.contains("<html lang=\"da\">"))
        #expect(danish.contains("Ikke tildelte behov"))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Unassigned needs"))
    }

    /// Phone readers cannot hover: the page never relies on it and points to the tables.
    @Test(arguments: OutputLanguage.allCases)
    func neverAsksPhoneReadersToHover(_ language: OutputLanguage) throws {
        let (_, html) = try render("tiny-1.json", language: language)
        #expect(!html.contains("Hover over"))
        #expect(!html.contains("Hold musen over et punkt for detaljer"))
        #expect(html.contains(language == .da ? "står også i tabellerne" : "also listed in the tables"))
    }

    @Test func bothStringTablesHaveTheSameKeys() throws {
        let directory = try #require(PlanTemplates.bundledDirectory("report"))
        let danish = try StringTable(directory: directory, language: .da)
        let english = try StringTable(directory: directory, language: .en)
        #expect(Set(danish.entries.keys) == Set(english.entries.keys))
        #expect(danish.list("format.months").count == 12)
        #expect(english.list("format.weekdays").count == 7)
    }

    @Test func everyKeyTheCodeUsesIsInTheTables() throws {
        let (_, html) = try render("midtjylland-2026.json", language: .da)
        // A missing key renders as itself, e.g. "summary.cohortsNote".
        for prefix in [
            "summary.", "timeline.", "legend.", "load.", "map.", "manual.", "status.", "unassigned.",
            "reason.", "term.", "header.", "meetings.", "score.", "mode.", "slot.", "col.",
        ] {
            let pattern = ">" + prefix
            #expect(!html.contains(pattern), "untranslated \(prefix)")
        }
    }

    @Test func escapesNamesEverywhere() throws {
        var scenario = try ExamplePlans.scenario("tiny-1.json")
        scenario.municipalities[0].name = "A & B <Kommune> \"Nord\""
        scenario.venues[0].name = "Sal <1> & 'kantine'"
        scenario.psychologists[0].name = "P & <Q>"
        let html = try render(scenario, ExamplePlans.tiny1(), language: .da)
        #expect(XMLCheck.errors(in: html) == [])
        #expect(!html.contains("<Kommune>"))
        #expect(html.contains("A &amp; B &lt;Kommune&gt;"))
        #expect(!html.contains("<1>"))
    }

    @Test(arguments: OutputLanguage.allCases)
    func rendersAnEmptyPlan(language: OutputLanguage) throws {
        let scenario = try ExamplePlans.scenario("tiny-1.json")
        let plan = Plan(
            scenario: scenario.name, solver: SolverSummary(status: .infeasible, seed: 1, elapsedSeconds: 0),
            cohorts: [], supervisionGroups: [], meetings: [], unassigned: [],
            score: Score(total: 0, hardViolations: 0, terms: [:]))
        let html = try render(scenario, plan, language: language)
        #expect(XMLCheck.errors(in: html) == [])
        #expect(html.contains("status-bad"))
    }

    @Test func rendersAPlanThatNamesUnknownEntities() throws {
        let scenario = try ExamplePlans.scenario("tiny-1.json")
        var plan = ExamplePlans.tiny1()
        plan.cohorts[0].venue = "nowhere"
        plan.cohorts[0].participants.append("ghost-01")
        plan.supervisionGroups[0].cohort = "no-such-cohort"
        plan.meetings = [
            Meeting(
                series: "unknown-series", index: 1, date: ExamplePlans.day("2026-09-30"), slot: .am,
                venue: "nowhere")
        ]
        let html = try render(scenario, plan, language: .en)
        #expect(XMLCheck.errors(in: html) == [])
        #expect(html.contains("ghost-01"))
        #expect(html.contains("unknown-series"))
    }

    @Test func usesATemplatesFolderGivenByTheCaller() throws {
        let bundled = try #require(PlanTemplates.bundledDirectory("report"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stime-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["strings-da.json", "strings-en.json"] {
            try FileManager.default.copyItem(
                at: bundled.appendingPathComponent(file),
                to: folder.appendingPathComponent(file))
        }
        try "<p>{{title}} · {{t.summary.title}}</p>".write(
            to: folder.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
        let scenario = try ExamplePlans.scenario("tiny-1.json")
        let html = try PlanReportRenderer(
            scenario: scenario, plan: ExamplePlans.tiny1(), calendar: PlanningCalendar(scenario: scenario),
            language: .en, templatesDirectory: folder
        ).render()
        #expect(html == "<p>STIME plan: tiny-1 · Summary</p>")
    }

    @Test func saysWhichTemplateIsMissing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stime-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = try ExamplePlans.scenario("tiny-1.json")
        let renderer = PlanReportRenderer(
            scenario: scenario, plan: ExamplePlans.tiny1(), calendar: PlanningCalendar(scenario: scenario),
            language: .da, templatesDirectory: folder)
        #expect(throws: ReportError.missingTemplate(name: "report", directory: folder.path)) {
            try renderer.render()
        }
    }
}

@Suite struct XMLCheckTests {
    @Test func findsABrokenDocument() {
        #expect(XMLCheck.errors(in: "<svg><g></svg>") != [])
        #expect(XMLCheck.errors(in: "<p>a & b</p>") != [])
        #expect(XMLCheck.errors(in: "<svg><text>a &amp; b</text></svg>") == [])
    }
}
