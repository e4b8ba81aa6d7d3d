import PlanChecker
import PlanningModel

/// One objective term as the report shows it: raw amount, weight, weighted value and the
/// entities that cost most, as the independent ``PlanChecker`` recomputed them.
struct ScoreTermInput: Equatable {
    let code: String
    let raw: Int?
    let weight: Int?
    let weighted: Int
    /// The checker's contribution labels with their amounts, most expensive first.
    let contributors: [String]

    /// The terms as the independent checker recomputed them, each with its `limit` most
    /// expensive contributions, formatted by `format`. S11 is left out for a plan made without
    /// a base; for a re-plan checked without its base, S11 is the plan's own figure.
    static func fromCheck(_ report: CheckReport, plan: Plan, limit: Int = 3, format: ReportFormat)
        -> [ScoreTermInput]
    {
        let ownS11 = ownS11(report, plan: plan)
        let shown = report.terms.filter { $0.term != .s11 || report.isReplan || plan.base != nil }
        return shown.sorted { $0.term < $1.term }.map { term in
            if term.term == .s11, let ownS11 {
                let raw = term.weight > 0 && ownS11 % term.weight == 0 ? ownS11 / term.weight : nil
                return ScoreTermInput(
                    code: term.code, raw: raw, weight: term.weight, weighted: ownS11, contributors: [])
            }
            let top = term.contributions.enumerated()
                .sorted { ($1.element.amount, $0.offset) < ($0.element.amount, $1.offset) }
                .prefix(limit)
                .map { "\($0.element.label) — \(format.number($0.element.amount))" }
            return ScoreTermInput(
                code: term.code, raw: term.raw, weight: term.weight, weighted: term.weighted, contributors: Array(top))
        }
    }

    /// The plan's own S11 when it is a re-plan (it has a base) that was checked without its
    /// base, so the check could not recompute S11; nil otherwise.
    static func ownS11(_ report: CheckReport, plan: Plan) -> Int? {
        guard plan.base != nil, !report.isReplan else { return nil }
        return plan.score.terms["S11"] ?? 0
    }
}
