import PlanningModel

/// A time on one day at which a person is taken, and by what.
struct BusyTime: Sendable, Equatable {
    /// What takes the time.
    enum Activity: Sendable, Equatable {
        case training(cohort: String)
        case supervision(group: String)
        case meeting(title: String, index: Int)
        case consultation(id: Int)
        /// Marked unavailable in the scenario.
        case away
    }

    let activity: Activity
    /// Minutes after midnight.
    let start: Int
    let end: Int

    /// Whether `start..<end` shares a minute with it.
    func overlaps(start other: Int, end otherEnd: Int) -> Bool {
        start < otherEnd && other < end
    }

    /// "supervision session of group g1 (09:00–10:30)".
    func description(_ language: OutputLanguage) -> String {
        let da = language == .da
        let time = "\(ConsultationRules.clock(start))–\(ConsultationRules.clock(end))"
        switch activity {
        case .training(let cohort):
            return da ? "en uddannelsesdag i hold \(cohort) (\(time))" : "a training day of cohort \(cohort) (\(time))"
        case .supervision(let group):
            return da ? "supervision i gruppe \(group) (\(time))" : "a supervision session of group \(group) (\(time))"
        case .meeting(let title, let index):
            return da ? "mødet \(title) nr. \(index) (\(time))" : "the meeting \(title) no. \(index) (\(time))"
        case .consultation(let id):
            return da ? "konsultationstid \(id) (\(time))" : "consultation slot \(id) (\(time))"
        case .away:
            return da ? "fravær hele dagen" : "marked unavailable all day"
        }
    }
}
