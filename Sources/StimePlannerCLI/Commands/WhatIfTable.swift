import Foundation
import Planner
import PlanningModel

/// One of `whatif`'s three options: a name and the perturbation weight it re-plans with.
struct WhatIfOption {
    let name: String
    let weight: Int

    /// Least disruption (weight × 10), balanced (the weight), best plan (weight ÷ 10, rounded).
    static func all(weight: Int) -> [WhatIfOption] {
        [
            WhatIfOption(name: "least disruption", weight: weight * 10),
            WhatIfOption(name: "balanced", weight: weight),
            WhatIfOption(name: "best plan", weight: (weight + 5) / 10),
        ]
    }
}

/// Re-plans for several options at once, one per core; each run is deterministic (an
/// iteration budget), so running them side by side changes nothing in the results.
struct WhatIfRuns {
    let loaded: LoadedScenario
    let request: ReplanRequest
    let seed: UInt64
    let iterations: Int
    let language: OutputLanguage

    func run(_ options: [WhatIfOption], suggestions: Bool) -> [Plan] {
        let results = ResultSlots(count: options.count)
        DispatchQueue.concurrentPerform(iterations: options.count) { i in
            var scenario = loaded.scenario
            scenario.weights.perturbation = options[i].weight
            var planner = PlannerOptions(
                seed: seed, iterations: iterations, suggestions: suggestions, proveOptimality: false)
            planner.language = language
            let plan = StimePlanSolver(scenario: scenario, calendar: loaded.calendar).replan(request, planner)
            results.set(i, plan)
        }
        return results.values
    }
}

/// Plans filled in from concurrent runs.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Plan?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ plan: Plan) {
        lock.lock()
        slots[i] = plan
        lock.unlock()
    }

    var values: [Plan] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// `whatif`'s table: the options side by side.
struct WhatIfTable {
    let options: [WhatIfOption]
    let plans: [Plan]
    let scenario: Scenario

    var text: String {
        var table = TextTable([.left] + options.map { _ in .right })
        table.add(cells: [""] + options.indices.map { "\($0 + 1) \(options[$0].name)" })
        table.add(cells: ["perturbation weight"] + options.map { "\($0.weight)" })
        table.add(cells: ["total"] + plans.map { "\($0.score.total)" })
        table.add(cells: ["S11"] + plans.map { "\($0.score.terms["S11"] ?? 0)" })
        table.add(cells: ["total without S11"] + plans.map { "\($0.score.total - ($0.score.terms["S11"] ?? 0))" })
        table.add(cells: ["entries changed (person, entry)"] + plans.map { "\(pairs($0))" })
        table.add(cells: ["unassigned needs"] + plans.map { "\($0.unassigned.count)" })
        table.add(cells: ["hard-rule conflicts"] + plans.map { "\($0.score.hardViolations)" })
        let counts = plans.map { ChangeCounts(changes: $0.changes ?? [], scenario: scenario) }
        table.add(cells: ["people affected"] + counts.map { "\($0.people.count)" })
        table.add(cells: ["  therapists"] + counts.map { "\($0.byRole.therapists.count)" })
        table.add(cells: ["  psychologists"] + counts.map { "\($0.byRole.psychologists.count)" })
        table.add(cells: ["  meeting attendees"] + counts.map { "\($0.byRole.attendees.count)" })
        var lines = ["What if: three re-plans of the base from \(plans.first?.base.map { "\($0.today)" } ?? "?")"]
        lines += table.render()
        for (i, count) in counts.enumerated() where !count.people.isEmpty {
            lines.append("  \(i + 1): \(ChangeCounts.list(count.people, first: 6))")
        }
        lines.append("Write one with --write N --out DIR.")
        return lines.joined(separator: "\n")
    }

    private func pairs(_ plan: Plan) -> Int { (plan.changes ?? []).reduce(0) { $0 + $1.people.count } }
}
