import PlanningModel

/// The few lines `plan` prints when it is done.
struct PlanSummaryText {
    let plan: Plan
    let directory: String

    var text: String {
        var lines = [
            "Plan for \(plan.scenario): total \(plan.score.total), status \(plan.solver.status.rawValue), "
                + "\(plan.cohorts.count) cohorts, \(plan.supervisionGroups.count) supervision groups, "
                + "\(plan.meetings.count) meetings."
        ]
        if plan.unassigned.isEmpty {
            lines.append("Every need is assigned.")
        } else {
            lines.append(
                "\(plan.unassigned.count) needs are unassigned; 'stime-planner explain' says why and what would help.")
        }
        lines.append("Wrote \(directory)/plan.json, \(directory)/calendars/ and \(directory)/report.html.")
        return lines.joined(separator: "\n")
    }
}
