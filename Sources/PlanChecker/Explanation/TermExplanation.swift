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

    /// Explains `score`, keeping the `top` costliest contributions.
    public init(score: TermScore, scenario: Scenario, top: Int) {
        self.score = score
        self.top = Array(score.contributions.prefix(max(0, top)))
        omitted = max(0, score.contributions.count - self.top.count)
        summary = TermExplanation.summary(of: score, scenario: scenario)
    }

    private static func summary(of score: TermScore, scenario: Scenario) -> String {
        let count = score.contributions.count
        let raw = score.raw
        switch score.term {
        case .s1:
            return raw == 0
                ? "Every need is assigned to a cohort."
                : "\(raw) \(raw == 1 ? "need is" : "needs are") not assigned to any cohort; see below for why."
        case .s2:
            return raw == 0 ? "Nobody travels." : "\(raw) km in round trips over \(count) journeys; the longest:"
        case .s3:
            return raw == 0
                ? "No therapist waits between being ready and finishing training."
                : "\(raw) days in all from municipalities' readyFrom to the end of training; the longest waits:"
        case .s4:
            return raw == 0
                ? "No municipality's therapists are split across cohorts of one manual."
                : "\(count) municipality-manual \(count == 1 ? "pair is" : "pairs are") split across cohorts:"
        case .s5:
            return raw == 0
                ? "No activity falls in a school holiday."
                : "\(raw) activity \(raw == 1 ? "date falls" : "dates fall") in a school holiday:"
        case .s6:
            guard let peak = score.contributions.first else { return "No psychologist has any activity." }
            let tied = score.contributions.filter { $0.amount == peak.amount }.count
            let others = tied > 1 ? " (\(tied) psychologists share the peak)" : ""
            return "The busiest psychologist is \(peak.label) with \(peak.amount) activity dates\(others). "
                + "Days per psychologist:"
        case .s7:
            return raw == 0
                ? "Every supervision group is led by one of its cohort's trainers."
                : "\(raw) supervision \(raw == 1 ? "group is" : "groups are") led by someone who did not "
                    + "train the cohort:"
        case .s8:
            return raw == 0
                ? "Meetings are spread evenly over their windows (or there are none)."
                : "Meetings deviate \(raw) days in all from an even spread:"
        case .s9:
            return raw == 0
                ? "Every supervision series keeps its cadence."
                : "\(raw) supervision \(raw == 1 ? "gap differs" : "gaps differ") from the cadence:"
        case .s10:
            return raw == 0
                ? "No member is away on a supervision date."
                : "\(raw) times a member is away on a supervision date:"
        case .s11:
            return raw == 0
                ? "No calendar entry changes for anyone from today on (or the plan has no base)."
                : "\(raw) calendar \(raw == 1 ? "entry changes" : "entries change") for \(count) "
                    + "\(count == 1 ? "person" : "people") from today on:"
        }
    }
}
