import Foundation
import Planner
import PlanningModel
import TestSupport

/// A small published plan for the data folder of a real server, so that its start need not
/// plan the embedded default scenario (half a minute in a debug build, much more on a busy
/// machine): tiny-1 with a meeting series of two meetings, planned with a few iterations.
enum SmallPlan: PlanFixture {
    static let documents: (scenario: Data, plan: Data) = {
        let data = try! Data(contentsOf: SharedScenarios.url("tiny-1.json"))
        var root = try! JSONDecoder().decode([String: JSONValue].self, from: data)
        root["meetings"] = .array([
            .object([
                "id": .string("styregruppe"), "title": .string("Styregruppe"), "count": .int(2),
                "window": .object(["from": .string("2026-09-07"), "to": .string("2026-11-13")]),
                "slot": .string("am"), "venues": .array([.string("bua-skejby")]),
                "attendees": .array([
                    .object([
                        "name": .string("Psykolog 1"), "psychologist": .string("p1"),
                        "origin": .object(["venue": .string("bua-skejby")]),
                    ])
                ]),
            ])
        ])
        let scenario = try! JSONEncoder().encode(JSONValue.object(root))
        let loaded = try! ScenarioLoader().load(data: scenario, fileName: "scenario.json", baseDirectory: nil)
        let plan = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar)
            .solve(PlannerOptions(seed: 1, timeLimit: 10, iterations: 30, suggestions: false))
        return (scenario, try! plan.jsonData())
    }()
}
