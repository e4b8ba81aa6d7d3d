import ArgumentParser
import Foundation
import Planner
import PlanningModel

/// `stime-planner whatif`: applies changes written on the command line to the scenario and
/// shows three re-plans of the published plan side by side, from least disruption to best plan.
struct WhatifCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Shows three re-plans for changes written on the command line; writes one with --write N.",
        discussion: """
            Applies the changes to SCENARIO (each option may be repeated) and re-plans BASE three times: \
            1 least disruption (weights.perturbation × 10), 2 balanced (the scenario's weight), 3 best plan \
            (weights.perturbation ÷ 10). For each it prints the total, S11 (calendar entries changed, per \
            person), the total without S11, unassigned needs and whose calendars change. The search budget \
            is a fixed number of iterations (--iterations, default \(Self.defaultIterations)), so the same \
            inputs give the same answer. --write N --out DIR writes option N like 'replan'. Exit codes: 0, \
            64 wrong usage (an option not written as shown), 65 an unknown id or a changed scenario that is \
            not valid, 66 a --join file that cannot be read.
            """
    )

    /// Iterations per option when `--iterations` is not given: about 1.5 s for all three on
    /// the default scenario in a release build on two cores.
    static let defaultIterations = 800

    @Argument(help: "A .json, .yaml or .yml scenario file, or 'default' for the embedded scenario.")
    var scenario: String

    @Argument(help: "The published plan.json to re-plan.")
    var base: String

    @Option(help: "The first day that is not history (YYYY-MM-DD).")
    var today: String

    @Option(help: "A psychologist or therapist away: PERSON:FROM..TO (dates YYYY-MM-DD).")
    var absent: [String] = []

    @Option(help: "A therapist who leaves: THERAPIST.")
    var leave: [String] = []

    @Option(help: "A therapist who joins: a JSON or YAML file with a therapist as in a scenario plus 'municipality'.")
    var join: [String] = []

    @Option(help: "A venue closed: VENUE:FROM..TO.")
    var close: [String] = []

    @Option(help: "A psychologist certified for a manual: PSYCHOLOGIST:MANUAL.")
    var certify: [String] = []

    @Option(help: "A pins file: a JSON array of cohort, group, meeting and membership pins.")
    var pins: String?

    @Option(help: "Write option N (1, 2 or 3) like 'replan' into --out.")
    var write: Int?

    @Option(name: .customLong("out"), help: "The output folder for --write.")
    var output = "stime-plan"

    @Option(help: "The seed of the search.")
    var seed: UInt64 = 1

    @Option(help: "Search iterations per option.")
    var iterations = Self.defaultIterations

    @Option(name: .customLong("lang"), help: "Language of calendars and report (with --write): da or en.")
    var language: OutputLanguage = .da

    @Flag(help: "Print nothing but the table.")
    var quiet = false

    @OptionGroup var templates: TemplateOptions

    func validate() throws {
        if let problem = ReplanInputs.todayProblem(today) { throw ValidationError(problem) }
        guard iterations >= 0 else { throw ValidationError("--iterations must not be negative") }
        if let write, !(1...3).contains(write) { throw ValidationError("--write takes 1, 2 or 3") }
        guard !(absent + leave + join + close + certify).isEmpty else {
            throw ValidationError("name at least one change: --absent, --leave, --join, --close or --certify")
        }
        do {
            _ = try parsedChanges(readingJoinFiles: false)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The changes in the order they are applied: leave, join, absent, close, certify.
    private func parsedChanges(readingJoinFiles: Bool) throws(WhatIfChangeError) -> [WhatIfChange] {
        var changes = leave.map { WhatIfChange.leave(therapist: $0) }
        if readingJoinFiles {
            for path in join { changes.append(try WhatIfChange.join(file: path)) }
        }
        for text in absent {
            let (id, range) = try WhatIfChange.parseRange(text, option: "--absent")
            changes.append(.absent(person: id, range: range))
        }
        for text in close {
            let (id, range) = try WhatIfChange.parseRange(text, option: "--close")
            changes.append(.close(venue: id, range: range))
        }
        for text in certify {
            let (psychologist, manual) = try WhatIfChange.parsePair(text, option: "--certify")
            changes.append(.certify(psychologist: psychologist, manual: manual))
        }
        return changes
    }

    func run() throws {
        let loader = ScenarioLoading.loader()
        let original = try loader.load(scenario)
        let basePlan = try ReplanInputs.base(base)
        let pinned = try ReplanInputs.pins(pins, base: basePlan)
        let directory = URL(fileURLWithPath: output)
        if write != nil {
            try templates.checkFolder()
            try PlanOutputs.prepare(directory)
        }
        let changed = try changedScenario(original, loader: loader)
        for warning in changed.warnings where !original.warnings.contains(warning) {
            StandardError.write(warning.description)
        }
        let day = ReplanInputs.today(today, scenario: changed.scenario)
        let request = ReplanInputs.request(base: basePlan, today: day, pins: pinned, loaded: changed)
        let options = WhatIfOption.all(weight: changed.scenario.weights.perturbation)
        let runs = WhatIfRuns(
            loaded: changed, request: request, seed: seed, iterations: iterations, language: language)
        let plans = runs.run(options, suggestions: false)
        print(WhatIfTable(options: options, plans: plans, scenario: changed.scenario).text)
        guard let write else { return }
        let option = options[write - 1]
        guard let plan = runs.run([option], suggestions: true).first else { return }
        var loaded = changed
        loaded.scenario.weights.perturbation = option.weight
        try PlanOutputs(loaded: loaded, plan: plan, language: language, templates: templates)
            .write(to: directory, includingPlan: true)
        if !quiet {
            print("")
            print(ReplanSummaryText(plan: plan, base: basePlan, scenario: loaded.scenario, directory: output).text)
        }
    }

    /// The scenario with every change applied, read and validated again.
    private func changedScenario(_ original: LoadedScenario, loader: ScenarioLoader) throws -> LoadedScenario {
        var document = original.document
        var current = original.scenario
        do {
            for change in try parsedChanges(readingJoinFiles: true) {
                document = try change.applied(to: document, scenario: current)
                current = try document.decode(Scenario.self)
            }
        } catch let error as WhatIfChangeError {
            if case .unreadable = error { throw InputFileError(message: error.description, isUnreadable: true) }
            throw InputFileError(message: "stime-planner whatif: \(error.description)", isUnreadable: false)
        } catch {
            throw InputFileError(
                message: "stime-planner whatif: the changed scenario cannot be read: \(error)", isUnreadable: false)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let directory = scenario == "default" ? nil : URL(fileURLWithPath: scenario).deletingLastPathComponent()
        return try loader.load(
            data: try encoder.encode(document), fileName: "\(scenario) with the what-if changes",
            baseDirectory: directory)
    }
}
