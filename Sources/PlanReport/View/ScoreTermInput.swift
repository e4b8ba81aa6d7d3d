import PlanningModel

/// One objective term as the report shows it: the plan's weighted value, and where a
/// checker explained the score, the raw amount, the weight and the entities that cost most.
struct ScoreTermInput: Equatable {
    let code: String
    let raw: Int?
    let weight: Int?
    let weighted: Int
    /// Sentences such as "bua-p03: 7 days", most expensive first.
    let contributors: [String]

    /// The terms recorded in the plan itself (S1…S10 in numeric order), with the
    /// scenario's weights and the raw amount derived from them where it divides evenly.
    static func fromPlan(_ plan: Plan, weights: Weights) -> [ScoreTermInput] {
        let weightByCode = [
            "S1": weights.unassigned, "S2": weights.travelPerKm, "S3": weights.waitPerDay, "S4": weights.split,
            "S5": weights.schoolHoliday, "S6": weights.peakLoad, "S7": weights.continuity,
            "S8": weights.meetingSpread, "S9": weights.irregular, "S10": weights.missedSupervision,
        ]
        var codes = (1...10).map { "S\($0)" }
        for code in plan.score.terms.keys.sorted() where !codes.contains(code) {
            codes.append(code)
        }
        return codes.map { code in
            let weighted = plan.score.terms[code] ?? 0
            let weight = weightByCode[code]
            let raw = weight.flatMap { $0 > 0 && weighted % $0 == 0 ? weighted / $0 : nil }
            return ScoreTermInput(code: code, raw: raw, weight: weight, weighted: weighted, contributors: [])
        }
    }
}
