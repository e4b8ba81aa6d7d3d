import PlanTemplates
import PlanningModel

/// One objective term explained: its score, a sentence for a person, and the entities
/// that cost most.
public struct TermExplanation: Sendable {
    /// The recomputed term, with every contribution.
    public let score: TermScore
    /// One or two sentences on what drives the term (for example who is at the peak).
    public let summary: String
    /// The costliest contributions, at most `top` of them.
    public let top: [Contribution]
    /// How many contributions are not in ``top``.
    public let omitted: Int

    /// Explains `score`, keeping the `top` costliest contributions, worded in the language
    /// of `strings` (the report's string tables; English by default).
    public init(score: TermScore, scenario: Scenario, top: Int, strings: StringTable? = nil) {
        self.score = score
        self.top = Array(score.contributions.prefix(max(0, top)))
        omitted = max(0, score.contributions.count - self.top.count)
        summary = TermExplanation.summary(of: score, strings: strings ?? CheckerStrings.english)
    }

    /// The sentence for `score` from the table's `explain.summary.<code>` forms: `zero` when
    /// nothing costs, else `one`/`other` by the raw amount.
    private static func summary(of score: TermScore, strings: StringTable) -> String {
        let key = "explain.summary.\(score.code)"
        let raw = score.raw
        let count = score.contributions.count
        switch score.term {
        case .s6:
            guard let peak = score.contributions.first else { return strings["\(key).zero"] }
            let tied = score.contributions.filter { $0.amount == peak.amount }.count
            return strings.format(
                "\(key).other",
                [
                    "psychologist": peak.label, "days": strings.format("count.activityDates", count: peak.amount),
                    "shared": tied > 1 ? strings.format("explain.sharedPeak", ["count": String(tied)]) : "",
                ])
        case .s4:
            return raw == 0 ? strings["\(key).zero"] : strings.format(key, count: count)
        default:
            guard raw > 0 else { return strings["\(key).zero"] }
            return strings.format(
                key, count: raw,
                [
                    "journeys": strings.format("count.journeys", count: count),
                    "people": strings.format("count.people", count: count),
                ])
        }
    }
}
