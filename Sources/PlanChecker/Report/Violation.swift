/// One break of a hard rule, found by ``PlanChecker``.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// The rule that is broken.
    public let rule: HardRule
    /// A sentence naming the entities (cohort, group or meeting, person, date, slot).
    public let message: String
    /// The ids of the entities involved (cohort, group, series, therapist, psychologist, venue),
    /// so a report can link or highlight them.
    public let entities: [String]

    /// Creates a violation of `rule`.
    public init(rule: HardRule, message: String, entities: [String]) {
        self.rule = rule
        self.message = message
        self.entities = entities
    }

    /// `H2 cohort c1: …`.
    public var description: String { "\(rule.code) \(message)" }
}
