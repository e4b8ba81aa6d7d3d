import PlanTemplates

/// A figure in the plan's own `score` block that differs from the checker's recomputation.
///
/// Not a hard violation: it says the solver's scoring and the spec disagree (or the plan
/// was edited by hand), which is worth a look but does not make the plan infeasible.
public struct ScoreMismatch: Sendable, Hashable, CustomStringConvertible {
    /// `S1` … `S10`, `total` or `hardViolations`.
    public let key: String
    /// The value in the plan, or nil when the plan does not state it.
    public let planValue: Int?
    /// The value the checker computed.
    public let recomputed: Int

    /// Creates a mismatch finding.
    public init(key: String, planValue: Int?, recomputed: Int) {
        self.key = key
        self.planValue = planValue
        self.recomputed = recomputed
    }

    /// `S2: plan says 1200, recomputed 1234` in the language of `strings`.
    public func description(in strings: StringTable) -> String {
        strings.format(
            "check.mismatch",
            [
                "key": key, "plan": planValue.map(String.init) ?? strings["check.nothing"],
                "recomputed": String(recomputed),
            ])
    }

    /// `S2: plan says 1200, recomputed 1234`.
    public var description: String {
        "\(key): plan says \(planValue.map(String.init) ?? "nothing"), recomputed \(recomputed)"
    }
}
