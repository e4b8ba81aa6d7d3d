import PlanChecker

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
    /// expensive contributions, formatted by `format`.
    static func fromCheck(_ report: CheckReport, limit: Int = 3, format: ReportFormat) -> [ScoreTermInput] {
        report.terms.sorted { $0.term < $1.term }.map { term in
            let top = term.contributions.enumerated()
                .sorted { ($1.element.amount, $0.offset) < ($0.element.amount, $1.offset) }
                .prefix(limit)
                .map { "\($0.element.label) — \(format.number($0.element.amount))" }
            return ScoreTermInput(
                code: term.code, raw: term.raw, weight: term.weight, weighted: term.weighted, contributors: Array(top))
        }
    }
}
