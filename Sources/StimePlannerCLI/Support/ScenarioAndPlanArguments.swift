import ArgumentParser
import Foundation
import PlanningModel

/// The `[SCENARIO] PLAN` arguments of `check`, `explain` and `export`: a scenario (left out:
/// the embedded `default`) and a `plan.json` that `plan` wrote.
///
/// Both are optional to the parser, which fills positional arguments from the left; with one
/// argument given, it is the plan.
struct ScenarioAndPlanArguments: ParsableArguments {
    @Argument(
        help: "A .json, .yaml or .yml scenario file, or 'default' for the embedded scenario (also when left out).")
    var scenario: String?

    @Argument(help: "A plan.json written by 'stime-planner plan' (required; given alone, SCENARIO is 'default').")
    var plan: String?

    func validate() throws {
        guard scenario != nil else {
            throw ValidationError("Missing expected argument '<plan>' (a plan.json written by 'stime-planner plan').")
        }
    }

    /// The scenario as given, or nil for the embedded one.
    var scenarioName: String? { plan == nil ? nil : scenario }

    /// The plan file.
    var planFile: PlanFile { PlanFile(path: plan ?? scenario ?? "") }

    /// Reads and validates the scenario (warnings to standard error).
    ///
    /// - Throws: ``ScenarioLoadError`` (mapped to 65 or 66 by ``ExitStatus``).
    func loadScenario() throws(ScenarioLoadError) -> LoadedScenario {
        try ScenarioLoading.load(scenarioName)
    }
}
