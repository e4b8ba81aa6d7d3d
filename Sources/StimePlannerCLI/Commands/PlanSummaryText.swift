import PlanningModel

/// The few lines `plan` prints when it is done.
struct PlanSummaryText {
    let plan: Plan
    let directory: String

    var text: String {
        var lines = [
            "Plan for \(plan.scenario): total \(plan.score.total), status \(plan.solver.status.rawValue), "
                + "\(counted(plan.cohorts.count, "cohort", "cohorts")), "
                + "\(counted(plan.supervisionGroups.count, "supervision group", "supervision groups")), "
                + "\(counted(plan.meetings.count, "meeting", "meetings"))."
        ]
        if plan.unassigned.isEmpty {
            lines.append("Every need is assigned.")
        } else {
            lines.append(
                "\(counted(plan.unassigned.count, "need is", "needs are")) unassigned; 'stime-planner explain' says why and what would help."
            )
        }
        lines.append("Wrote \(directory)/plan.json, \(directory)/calendars/ and \(directory)/report.html.")
        return lines.joined(separator: "\n")
    }
}
