/// An objective term of PROBLEM.md §5, as the planner indexes it.
///
/// The cases are in the order of the term codes: a new term (for example S11) is one more
/// case at the end, and every ``TermVector``, total and `score.terms` key follows from it.
enum Term: Int, CaseIterable, Sendable {
    case unassigned, travel, waiting, split, schoolHoliday, peakLoad, continuity, meetingSpread, irregular,
        missedSupervision
    /// S11 (REPLAN.md): 0, and absent from `score.terms`, unless re-planning.
    case perturbation

    /// The term's code in `plan.json`'s `score.terms`: `S1` … `S11`.
    var code: String { "S\(rawValue + 1)" }
}

/// Weighted amounts of every ``Term``: of a plan, or of the part of a plan one cohort or
/// one meeting series contributes.
struct TermVector: Sendable, Equatable {
    private var values = [Int](repeating: 0, count: Term.allCases.count)

    /// The amount of `term`.
    subscript(term: Term) -> Int {
        get { values[term.rawValue] }
        set { values[term.rawValue] = newValue }
    }

    /// The objective value: the sum of every term.
    var total: Int { values.reduce(0, +) }

    /// Adds `other` term by term.
    static func += (lhs: inout TermVector, rhs: TermVector) {
        for i in lhs.values.indices { lhs.values[i] += rhs.values[i] }
    }
}
