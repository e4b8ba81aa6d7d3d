/// A solution together with its bookings and cached objective parts: what the
/// construction and the large-neighbourhood search change, move by move.
///
/// A value type: copying it is how a move is undone (the arrays are copied on write).
struct SearchState: Sendable {
    let instance: Instance
    var solution: Solution
    var usage: ResourceUsage
    /// Weighted terms of each cohort, parallel to `solution.cohorts`.
    var cohortTerms: [TermVector]
    /// Weighted terms of each meeting series, parallel to `solution.meetings`.
    var seriesTerms: [TermVector]

    init(instance: Instance) {
        self.instance = instance
        solution = Solution(cohorts: [], meetings: Array(repeating: [], count: instance.series.count), unassigned: [])
        usage = ResourceUsage(instance: instance)
        cohortTerms = []
        seriesTerms = Array(repeating: TermVector(), count: instance.series.count)
    }

    /// The weighted terms, from the cached parts.
    var terms: TermVector {
        Evaluator.combine(
            instance, cohortTerms: cohortTerms, seriesTerms: seriesTerms, solution: solution,
            peakLoad: usage.peakLoad)
    }

    /// The objective value.
    var total: Int { terms.total }

    /// Appends a cohort that is already booked in `usage`.
    mutating func appendBooked(_ c: CohortState) {
        solution.cohorts.append(c)
        cohortTerms.append(Evaluator.cohortTerms(instance, c))
    }

    /// Removes cohort `i` and its bookings.
    mutating func removeCohort(at i: Int) -> CohortState {
        let c = solution.cohorts.remove(at: i)
        cohortTerms.remove(at: i)
        usage.removeCohort(instance, c)
        return c
    }

    /// Replaces the meetings of series `s` (the new ones already booked).
    mutating func setMeetings(_ s: Int, _ meetings: [MeetingState]) {
        solution.meetings[s] = meetings
        seriesTerms[s] = Evaluator.seriesTerms(instance, instance.series[s], meetings)
    }

    /// Unbooks the meetings of series `s`.
    mutating func clearMeetings(_ s: Int) {
        for m in solution.meetings[s] {
            usage.removeMeeting(instance, series: instance.series[s], day: m.day, venue: m.venue)
        }
        setMeetings(s, [])
    }

    /// Whether the search may change cohort `i`: a re-plan keeps history and pins as they are.
    func isMovable(_ i: Int) -> Bool { instance.replan?.isFrozen(solution.cohorts[i].tag) != true }

    /// Indices of the cohorts the search may change.
    var movableCohorts: [Int] {
        instance.replan == nil ? Array(solution.cohorts.indices) : solution.cohorts.indices.filter(isMovable)
    }

    /// Adds need indices to the unassigned list, keeping it sorted.
    mutating func markUnassigned(_ needs: [Int]) {
        solution.unassigned = (solution.unassigned + needs).sorted()
    }
}
