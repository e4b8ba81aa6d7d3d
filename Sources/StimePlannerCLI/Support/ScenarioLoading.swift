import PlanCalendars
import PlanningModel

/// How the command-line tool builds its ``ScenarioLoader``: with the libical reader for the
/// `.ics` files a scenario names.
enum ScenarioLoading {
    /// The loader every command uses.
    static func loader() -> ScenarioLoader {
        ScenarioLoader(calendarReader: LibicalCalendarReader())
    }
}
