import PlanningModel

/// A need that the plan assigns: a participant of a cohort who needs the cohort's manual.
struct Assignment: Sendable {
    let need: NeedKey
    let cohort: Cohort
    let municipality: Municipality
}

/// What the rules and terms look up in a plan, computed once per check.
struct PlanFacts: Sendable {
    let plan: Plan
    /// Every training day, supervision session and meeting.
    let activities: [Activity]
    /// Cohorts by id (the first one when an id repeats).
    let cohorts: [String: Cohort]
    /// Every (participant, cohort) pair that is a need of the scenario, in plan order.
    let assignments: [Assignment]
    /// With a re-plan context, the first day H1–H12 judge (except H5 and H10); nil judges all.
    let judgedFrom: CalendarDay?

    init(plan: Plan, index: ScenarioIndex, words: CheckerWording, judgedFrom: CalendarDay? = nil) {
        self.plan = plan
        self.judgedFrom = judgedFrom
        activities = Activity.all(in: plan, index: index, words: words)
        cohorts = Dictionary(plan.cohorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var assignments: [Assignment] = []
        for cohort in plan.cohorts {
            for participant in cohort.participants.uniqued {
                let need = NeedKey(therapist: participant, manual: cohort.manual)
                guard index.needSet.contains(need), let entry = index.therapists[participant] else { continue }
                assignments.append(Assignment(need: need, cohort: cohort, municipality: entry.municipality))
            }
        }
        self.assignments = assignments
    }

    /// Whether rules about single dates judge `day` (it is not history).
    func isJudged(_ day: CalendarDay) -> Bool {
        judgedFrom.map { day >= $0 } ?? true
    }

    /// Whether rules about a whole cohort, group or series judge one with these dates: unless
    /// every one of them is history (an activity without dates is judged).
    func isJudged(_ days: [CalendarDay]) -> Bool {
        days.isEmpty || days.contains(where: isJudged)
    }

    /// The manual rules that govern a supervision group: its cohort's manual when the cohort
    /// is known, else the manual the group names.
    func manualID(of group: SupervisionGroup) -> String {
        cohorts[group.cohort]?.manual ?? group.manual
    }
}

/// `⌊a / b⌋` for b > 0, rounding towards minus infinity.
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}
