import ArgumentParser
import PlanningModel

/// The optional `SCENARIO` argument shared by every command that reads a scenario.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: "A .json, .yaml or .yml scenario file, or 'default' for the embedded scenario.")
    var scenario: String?

    /// Reads and validates the scenario.
    ///
    /// - Parameter printingWarnings: print the warnings to standard error (commands that show
    ///   them in their own output pass false).
    /// - Throws: ``ScenarioLoadError`` (mapped to 65 or 66 by ``ExitStatus``).
    func load(printingWarnings: Bool = true) throws(ScenarioLoadError) -> LoadedScenario {
        try ScenarioLoading.load(scenario, printingWarnings: printingWarnings)
    }
}
