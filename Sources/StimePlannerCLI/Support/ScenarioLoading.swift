import PlanningModel

/// How the command-line tool builds its ``ScenarioLoader``.
enum ScenarioLoading {
    /// The loader every command uses.
    static func loader() -> ScenarioLoader {
        ScenarioLoader(calendarReader: calendarReader())
    }

    /// The reader of the scenario's `.ics` files.
    ///
    /// CALENDAR READER PLUG-IN POINT: when `PlanCalendars` provides it, return
    /// `LibicalCalendarReader()` here (and `import PlanCalendars` above). Until then scenarios
    /// that name `.ics` files are rejected with a message saying calendars cannot be read.
    static func calendarReader() -> (any ExternalCalendarReader)? {
        nil
    }
}
