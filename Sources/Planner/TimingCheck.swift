import ConstraintSolver
import PlanningModel

/// A propagator that holds the fixed part of a timing against the planner's own resource
/// bookkeeping (``ResourceUsage``): availability, clashes of therapists and psychologists,
/// one physical venue per psychologist and date, weekly and monthly day limits (H8) and
/// rooms (H9).
///
/// Every rule it checks forbids a *combination* of activities, so a conflict among the
/// activities already fixed is a conflict in every completion: failing on a partial
/// assignment is sound. At a complete assignment it is the exact test of H6–H9 that the
/// construction and the search use, so ``TimingModel`` needs no separate encoding of them
/// (it adds pairwise `≠` only to prune earlier).
final class TimingCheck: Propagator {
    let instance: Instance
    /// The cohorts whose structure is fixed (dates are read from the variables).
    let cohorts: [CohortState]
    /// Training day variables per cohort.
    let days: [[IntVar]]
    /// Slot variable per cohort and group.
    let slots: [[IntVar]]
    /// Session variables per cohort, group and session.
    let sessions: [[[IntVar]]]
    /// What is booked already, outside the model.
    let background: ResourceUsage

    init(
        instance: Instance, cohorts: [CohortState], days: [[IntVar]], slots: [[IntVar]], sessions: [[[IntVar]]],
        background: ResourceUsage
    ) {
        self.instance = instance
        self.background = background
        self.cohorts = cohorts
        self.days = days
        self.slots = slots
        self.sessions = sessions
    }

    override func post(in solver: Solver) throws(Inconsistency) {
        for x in days.joined() { solver.watch(x, on: .fix, by: self) }
        for x in slots.joined() { solver.watch(x, on: .fix, by: self) }
        for x in sessions.joined().joined() { solver.watch(x, on: .fix, by: self) }
        try propagate(in: solver)
    }

    override func propagate(in solver: Solver) throws(Inconsistency) {
        let fits = fixedActivitiesFit { x in solver.isFixed(x) ? solver.value(x) : nil }
        if !fits { throw Inconsistency() }
    }

    override func isSatisfied(by solution: ConstraintSolver.Solution) -> Bool {
        fixedActivitiesFit { solution[$0] }
    }

    /// Books every activity whose variables are fixed into a copy of ``background``.
    ///
    /// - Parameter value: the value of a variable, or nil while it is not fixed.
    /// - Returns: false as soon as one activity does not fit beside the others.
    /// - Complexity: O(resources × days) for the table plus O(activities × people).
    func fixedActivitiesFit(_ value: (IntVar) -> Int?) -> Bool {
        var usage = background
        for (c, cohort) in cohorts.enumerated() {
            for x in days[c] {
                guard let d = value(x) else { continue }
                guard
                    usage.trainingFits(
                        instance, venue: cohort.venue, trainers: cohort.trainers,
                        members: cohort.members, day: d)
                else { return false }
                usage.addTraining(
                    instance, venue: cohort.venue, trainers: cohort.trainers, members: cohort.members, day: d)
            }
            for (g, group) in cohort.groups.enumerated() {
                guard let slot = value(slots[c][g]) else { continue }
                var timed = group
                timed.slot = Slot(index: slot)
                for x in sessions[c][g] {
                    guard let d = value(x) else { continue }
                    guard usage.sessionFits(instance, timed, day: d) else { return false }
                    usage.addSession(instance, timed, day: d)
                }
            }
        }
        return true
    }
}
