import PlanningModel

/// Why a need is unassigned (PROBLEM.md §6), decided from the scenario and the final plan
/// in the order the reasons exclude each other: certification, group size, dates, venues,
/// and otherwise the certified psychologists' capacity.
struct Diagnosis {
    let instance: Instance

    /// The reason code and a one-sentence explanation for unassigned need `n` of `state`.
    func diagnose(_ n: Int, in state: SearchState) -> (UnassignedReason, String) {
        let need = instance.needs[n]
        let manual = instance.manuals[need.manual]
        let training = manual.training
        let therapist = instance.therapistIDs[need.therapist]
        let certified = instance.certified[need.manual].count
        if certified < training.trainers {
            return (
                .noCertifiedTrainers,
                "Only \(certified) psychologist\(certified == 1 ? " is" : "s are") certified for \(manual.id), "
                    + "but every cohort needs \(training.trainers) trainers."
            )
        }
        let all = instance.needsOfManual[need.manual].count
        let waiting = state.solution.unassigned.filter { instance.needs[$0].manual == need.manual }.count
        let roomInCohorts = state.solution.cohorts.filter { $0.manual == need.manual }
            .reduce(0) { $0 + max(0, training.cohortMax - $1.members.count) }
        if all < training.cohortMin || (waiting < training.cohortMin && roomInCohorts == 0) {
            let count = all < training.cohortMin ? all : waiting
            return (
                .tooFewParticipants,
                "Only \(count) therapist\(count == 1 ? "" : "s") can be gathered for a new \(manual.id) cohort, "
                    + "fewer than its minimum of \(training.cohortMin)."
            )
        }
        if !hasDatePattern(n) {
            return (
                .noDates,
                "No \(training.days) training days with gaps of \(training.minGapDays)–\(training.maxGapDays) days "
                    + "fit \(therapist)'s availability from their start date with supervision inside the horizon."
            )
        }
        let size = training.cohortMin + training.trainers
        if !(0..<instance.venueCount).contains(where: {
            instance.venueCapacity[$0] >= size && instance.venueRooms[$0] > 0
        }) {
            return (
                .noVenue,
                "No venue holds a \(manual.id) cohort of \(training.cohortMin) therapists and \(training.trainers) trainers."
            )
        }
        return (
            .noTrainerCapacity,
            "The \(certified) psychologists certified for \(manual.id) have no common free days left within their weekly "
                + "and monthly limits for another cohort with \(therapist)."
        )
    }

    /// Whether need `n`'s therapist alone has training dates (H1, H2, H6) whose supervision
    /// series still fits in the horizon.
    func hasDatePattern(_ n: Int) -> Bool {
        let need = instance.needs[n]
        let manual = instance.manuals[need.manual]
        let shortest = max(1, manual.supervision.cadenceDays - 7)
        let lastAllowed = instance.dayCount - 1 - 7 - (max(1, manual.supervision.sessions) - 1) * shortest
        guard lastAllowed >= need.readyIndex else { return false }
        return instance.possibleLastTrainingDays(ofNeed: n)[...lastAllowed].contains(true)
    }
}
