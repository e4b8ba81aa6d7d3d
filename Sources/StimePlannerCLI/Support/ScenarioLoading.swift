import PlanCalendars
import PlanningModel

/// How the command-line tool builds its ``ScenarioLoader``: with the libical reader for the
/// `.ics` files a scenario names.
enum ScenarioLoading {
    /// The loader every command uses.
    static func loader() -> ScenarioLoader {
        ScenarioLoader(calendarReader: LibicalCalendarReader())
    }

    /// Reads and validates the scenario `name` (nil: the embedded one).
    ///
    /// - Parameter printingWarnings: print the warnings to standard error (commands that show
    ///   them in their own output pass false).
    /// - Throws: ``ScenarioLoadError`` (mapped to 65 or 66 by ``ExitStatus``).
    static func load(_ name: String?, printingWarnings: Bool = true) throws(ScenarioLoadError) -> LoadedScenario {
        let loaded = try loader().load(name)
        if printingWarnings {
            for warning in loaded.warnings {
                StandardError.write(warning.description)
            }
        }
        return loaded
    }
}
