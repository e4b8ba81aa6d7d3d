import PlanTemplates
import PlanningModel

/// Why a plan scores what it does: each objective term with the entities that cost most,
/// and each unassigned need with its reason and suggestions (`stime-planner explain`).
///
/// The structured fields feed the HTML report; ``text()`` renders the same for a terminal,
/// worded for the BUA project lead rather than for a developer.
public struct PlanExplanation: Sendable {
    /// The recomputed total (Σ of the weighted terms).
    public let total: Int
    /// The hard-rule violations found by the checker (empty for a feasible plan).
    public let violations: [Violation]
    /// S1…S10 in order.
    public let terms: [TermExplanation]
    /// Every need the plan leaves unassigned, in plan order.
    public let unassigned: [UnassignedExplanation]
    /// The unassigned needs that share manual, reason, detail and suggestions, explained
    /// once per group; groups in the order of their first need.
    public var unassignedGroups: [UnassignedGroup] { UnassignedGroup.grouping(unassigned) }
    /// The texts ``text()`` and the term summaries are worded in.
    public let strings: StringTable

    /// Explains `plan` from a check report of it.
    ///
    /// - Parameters:
    ///   - scenario: The scenario the plan is for (for names and titles).
    ///   - plan: The plan (for its unassigned needs, reasons and suggestions).
    ///   - report: ``PlanChecker/check(_:)`` of the plan.
    ///   - top: How many of the costliest entities to keep per term (default 5).
    ///   - strings: The table the texts come from, best the one the report was checked with
    ///     (its violations and labels are already worded); the bundled English one when nil.
    ///     The plan's own reasons and suggestions stay as the plan words them.
    public init(scenario: Scenario, plan: Plan, report: CheckReport, top: Int = 5, strings: StringTable? = nil) {
        let strings = strings ?? CheckerStrings.english
        self.strings = strings
        total = report.total
        violations = report.violations
        terms = report.terms.map { TermExplanation(score: $0, scenario: scenario, top: top, strings: strings) }
        unassigned = plan.unassigned.map { UnassignedExplanation(need: $0, scenario: scenario) }
    }

    /// Checks `plan` with a ``PlanChecker`` and explains it in the checker's language (`explain`
    /// makes a Danish checker unless `--lang en`).
    ///
    /// - Parameters:
    ///   - plan: The plan to explain.
    ///   - checker: A checker for the plan's scenario, with the table of the explanation's texts.
    ///   - top: How many of the costliest entities to keep per term (default 5).
    public init(plan: Plan, checker: PlanChecker, top: Int = 5) {
        self.init(
            scenario: checker.scenario, plan: plan, report: checker.check(plan), top: top, strings: checker.strings)
    }
}
