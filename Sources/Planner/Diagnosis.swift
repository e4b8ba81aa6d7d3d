import PlanTemplates
import PlanningModel

/// Why a need is unassigned (PROBLEM.md §6), decided from the scenario and the final plan
/// in the order the reasons exclude each other: certification, group size, dates, venues,
/// and otherwise the certified psychologists' capacity. The sentence comes from the string
/// table's `detail` section, in the plan's language.
struct Diagnosis {
    let instance: Instance
    let strings: StringTable

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
                strings.format(
                    "detail.NO_CERTIFIED_TRAINERS", count: certified,
                    ["manual": manual.id, "trainers": strings.format("count.trainers", count: training.trainers)])
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
                strings.format(
                    "detail.TOO_FEW_PARTICIPANTS", count: count,
                    ["manual": manual.id, "minimum": String(training.cohortMin)])
            )
        }
        if !hasDatePattern(n) {
            return (
                .noDates,
                strings.format(
                    "detail.NO_DATES",
                    [
                        "trainingDays": strings.format("count.trainingDays", count: training.days),
                        "minGap": String(training.minGapDays), "maxGap": String(training.maxGapDays),
                        "therapist": therapist,
                    ])
            )
        }
        let size = training.cohortMin + training.trainers
        if !(0..<instance.venueCount).contains(where: {
            instance.venueCapacity[$0] >= size && instance.venueRooms[$0] > 0
        }) {
            return (
                .noVenue,
                strings.format(
                    "detail.NO_VENUE",
                    [
                        "manual": manual.id,
                        "therapists": strings.format("count.therapists", count: training.cohortMin),
                        "trainers": strings.format("count.trainers", count: training.trainers),
                    ])
            )
        }
        return (
            .noTrainerCapacity,
            strings.format(
                "detail.NO_TRAINER_CAPACITY", count: certified, ["manual": manual.id, "therapist": therapist])
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
