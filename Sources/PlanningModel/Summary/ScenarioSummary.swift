/// What `stime-planner validate` shows a BUA project lead: who is in STIME, what must be
/// trained, who can train it, and how many days there are to do it in.
public struct ScenarioSummary: Sendable {
    /// One manual's demand and supply.
    public struct ManualLine: Sendable, Equatable {
        public let manual: Manual
        /// Needs (therapist, manual) of municipalities in STIME.
        public let needs: Int
        /// Ids of the municipalities with at least one need.
        public let municipalities: [String]
        /// Ids of the psychologists certified for the manual.
        public let certified: [String]

        /// Fewer certified psychologists than a cohort needs trainers: no cohort can be trained.
        public var isShortOfTrainers: Bool { certified.count < manual.training.trainers }
        /// The least number of cohorts the needs fill (0 without needs).
        public var cohortsAtLeast: Int {
            needs == 0 ? 0 : (needs + manual.training.cohortMax - 1) / manual.training.cohortMax
        }
    }

    public let scenario: Scenario
    /// Municipalities that opted into STIME, in document order.
    public let inSTIME: [Municipality]
    /// Municipalities that did not.
    public let outOfSTIME: [Municipality]
    /// One line per manual, in document order.
    public let manuals: [ManualLine]
    /// Workdays of each month of the horizon.
    public let months: [MonthWorkdays]
    /// All workdays in the horizon.
    public let workdays: Int
    /// All needs.
    public let needs: Int

    /// Summarises `scenario`.
    ///
    /// - Parameters:
    ///   - scenario: a validated scenario.
    ///   - calendar: its calendar, as ``ScenarioLoader`` built it.
    public init(scenario: Scenario, calendar: PlanningCalendar) {
        self.scenario = scenario
        inSTIME = scenario.municipalities.filter(\.stime)
        outOfSTIME = scenario.municipalities.filter { !$0.stime }
        let allNeeds = scenario.needs
        needs = allNeeds.count
        manuals = scenario.manuals.map { manual in
            let mine = allNeeds.filter { $0.manual == manual.id }
            var seen: Set<String> = []
            let municipalities = mine.map(\.municipality).filter { seen.insert($0).inserted }
            let certified = scenario.psychologists.filter { $0.manuals.contains(manual.id) }.map(\.id)
            return ManualLine(manual: manual, needs: mine.count, municipalities: municipalities, certified: certified)
        }
        months = MonthWorkdays.count(
            calendar.horizon.days, isWorkday: calendar.isWorkday,
            isSchoolHoliday: calendar.isSchoolHoliday)
        workdays = calendar.workdays.count
    }
}
