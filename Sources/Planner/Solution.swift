import PlanningModel

/// The search's working representation of a plan: dense indices only.
struct Solution: Sendable {
    var cohorts: [CohortState]
    /// Per meeting series: the meetings in date order (empty when not planned).
    var meetings: [[MeetingState]]
    /// Need indices that are not in any cohort, ascending.
    var unassigned: [Int]
}

/// One cohort: manual, venue, trainers, training days and its supervision groups.
struct CohortState: Sendable {
    var manual: Int
    var venue: Int
    /// Psychologist indices, ascending.
    var trainers: [Int]
    /// Training day indices, increasing.
    var days: [Int]
    /// Need indices, ascending.
    var members: [Int]
    var groups: [GroupState]
    /// In a re-plan, the index of the base cohort whose id this cohort keeps (-1: a new cohort).
    var tag = -1
}

/// One supervision group of a cohort.
struct GroupState: Sendable {
    var supervisor: Int
    /// Venue index, or nil when the manual's supervision is virtual.
    var venue: Int?
    var slot: Slot
    /// Session day indices, increasing.
    var sessions: [Int]
    /// Need indices, ascending.
    var members: [Int]
    /// In a re-plan, the index of the base group (of the cohort's base cohort) whose id this
    /// group keeps (-1: a new group).
    var tag = -1
}

/// One meeting of a series.
struct MeetingState: Sendable, Equatable {
    var day: Int
    var venue: Int
}
