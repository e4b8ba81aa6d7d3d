/// The result of re-checking a plan: every hard-rule violation, every objective term
/// recomputed from the spec, and where the plan's own score disagrees.
public struct CheckReport: Sendable {
    /// Every break of H1…H14, ordered by rule.
    public let violations: [Violation]
    /// S1…S11 in order, one entry each (S11 is 0 unless the plan was checked against a base).
    public let terms: [TermScore]
    /// Differences between the plan's `score` block and this recomputation.
    public let scoreMismatches: [ScoreMismatch]
    /// Whether the plan was checked as a re-plan (against a base, so H13 and H14 apply).
    public let isReplan: Bool

    /// Creates a report; violations are ordered by rule (stable within a rule).
    public init(
        violations: [Violation], terms: [TermScore], isReplan: Bool = false, scoreMismatches: [ScoreMismatch] = []
    ) {
        self.violations = violations.enumerated()
            .sorted { ($0.element.rule, $0.offset) < ($1.element.rule, $1.offset) }
            .map(\.element)
        self.terms = terms.sorted { $0.term < $1.term }
        self.isReplan = isReplan
        self.scoreMismatches = scoreMismatches
    }

    /// Σ of the weighted terms: the plan's objective value.
    public var total: Int { terms.reduce(0) { $0 + $1.weighted } }

    /// The number of hard-rule violations (0 for a feasible plan).
    public var hardViolationCount: Int { violations.count }

    /// Whether the plan breaks no hard rule.
    public var isFeasible: Bool { violations.isEmpty }

    /// The violations of one rule.
    public func violations(of rule: HardRule) -> [Violation] {
        violations.filter { $0.rule == rule }
    }

    /// The rules that are broken at least once, in order.
    public var brokenRules: [HardRule] {
        HardRule.allCases.filter { rule in violations.contains { $0.rule == rule } }
    }

    /// The recomputed score of one term.
    public func score(_ term: ObjectiveTerm) -> TermScore {
        guard let score = terms.first(where: { $0.term == term }) else {
            preconditionFailure("a CheckReport always holds every objective term")
        }
        return score
    }
}
