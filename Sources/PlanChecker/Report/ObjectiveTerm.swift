import PlanTemplates
import PlanningModel

/// The objective terms S1…S10 of PROBLEM.md §5 and S11 of REPLAN.md (0 for a plan without a base).
public enum ObjectiveTerm: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case s1 = 1
    case s2, s3, s4, s5, s6, s7, s8, s9, s10, s11

    /// The term's code, `S1` … `S11`, as used in `plan.json`'s `score.terms`.
    public var code: String { "S\(rawValue)" }

    /// The term's short name (for example "Travel").
    public var name: String {
        switch self {
        case .s1: "Unassigned needs"
        case .s2: "Travel"
        case .s3: "Waiting"
        case .s4: "Split"
        case .s5: "School holidays"
        case .s6: "Peak load"
        case .s7: "Continuity"
        case .s8: "Meeting spread"
        case .s9: "Irregular supervision"
        case .s10: "Missed supervision"
        case .s11: "Perturbation"
        }
    }

    /// The unit of the term's raw amount, for tables and explanations.
    public var unit: String {
        switch self {
        case .s1: "needs"
        case .s2: "km"
        case .s3: "days"
        case .s4: "extra cohorts"
        case .s5: "activity dates"
        case .s6: "days"
        case .s7: "groups"
        case .s8: "days"
        case .s9: "gaps"
        case .s10: "member-sessions"
        case .s11: "entries"
        }
    }

    /// The unit for an amount of `count`, singular for 1 (for example "1 gap", "2 gaps").
    public func unit(count: Int) -> String {
        guard count == 1 else { return unit }
        switch self {
        case .s1: return "need"
        case .s3, .s6, .s8: return "day"
        case .s4: return "extra cohort"
        case .s5: return "activity date"
        case .s7: return "group"
        case .s9: return "gap"
        case .s10: return "member-session"
        case .s11: return "entry"
        case .s2: return unit
        }
    }

    /// The term's short name in the language of `strings` (`termShort.S2`), else the English one.
    public func name(in strings: StringTable) -> String {
        strings.entries["termShort.\(code)"] ?? name
    }

    /// The unit for an amount of `count` in the language of `strings` (`unit.S2`), else the English one.
    public func unit(count: Int, in strings: StringTable) -> String {
        let form = "unit.\(code).\(count == 1 ? "one" : "other")"
        return strings.entries[form] ?? unit(count: count)
    }

    /// The term's weight in `weights`.
    public func weight(in weights: Weights) -> Int {
        switch self {
        case .s1: weights.unassigned
        case .s2: weights.travelPerKm
        case .s3: weights.waitPerDay
        case .s4: weights.split
        case .s5: weights.schoolHoliday
        case .s6: weights.peakLoad
        case .s7: weights.continuity
        case .s8: weights.meetingSpread
        case .s9: weights.irregular
        case .s10: weights.missedSupervision
        case .s11: weights.perturbation
        }
    }

    /// `S2 Travel`.
    public var description: String { "\(code) \(name)" }

    /// Orders by number, so S2 comes before S10.
    public static func < (lhs: ObjectiveTerm, rhs: ObjectiveTerm) -> Bool { lhs.rawValue < rhs.rawValue }
}
