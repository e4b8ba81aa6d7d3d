import PlanTemplates

/// The hard rules H1…H12 of PROBLEM.md §4 and H13, H14 of REPLAN.md (checked for a re-plan only).
///
/// A plan that breaks any of them is not feasible; `check` reports every break as a
/// ``Violation`` tagged with its rule, so a person can trace a message back to the spec.
public enum HardRule: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case h1 = 1
    case h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14

    /// The rule's code, `H1` … `H14`.
    public var code: String { "H\(rawValue)" }

    /// The rule's short name as in PROBLEM.md §4 (for example "Training shape").
    public var name: String {
        switch self {
        case .h1: "Days"
        case .h2: "Training shape"
        case .h3: "Cohort size"
        case .h4: "Trainers"
        case .h5: "Coverage"
        case .h6: "Availability"
        case .h7: "No clash"
        case .h8: "Psychologist load"
        case .h9: "Venues"
        case .h10: "Supervision coverage"
        case .h11: "Supervision timing"
        case .h12: "Meetings"
        case .h13: "History"
        case .h14: "Pins"
        }
    }

    /// Whether the rule is about re-planning (REPLAN.md) and checked only against a base.
    public var isReplanRule: Bool { self == .h13 || self == .h14 }

    /// The rule's short name in the language of `strings` (`rule.H2`), else the English one.
    public func name(in strings: StringTable) -> String {
        strings.entries["rule.\(code)"] ?? name
    }

    /// `H2 Training shape`.
    public var description: String { "\(code) \(name)" }

    /// Orders by number, so H2 comes before H10.
    public static func < (lhs: HardRule, rhs: HardRule) -> Bool { lhs.rawValue < rhs.rawValue }
}
