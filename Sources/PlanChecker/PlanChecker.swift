import Foundation
import PlanTemplates
import PlanningModel

/// Re-checks a plan against the spec: every hard rule H1–H12 and every objective term
/// S1–S10, recomputed from the plan and the scenario alone (PROBLEM.md §4–5); for a re-plan
/// also H13, H14 and S11 against its base (REPLAN.md, ``ReplanCheckContext``).
///
/// The checker shares no scoring or constraint code with the planner, so that a plan the
/// planner writes is judged by a second, independent reading of the spec. Structural
/// problems of the plan (unknown ids, a need listed twice, dates out of order) are reported
/// as violations of the rule they break; the checker never traps on a bad plan. Violation
/// messages and contribution labels are worded from the `checker` section of a string
/// table (English unless the caller passes another, as `check` and `explain` do).
///
/// ```swift
/// let checker = PlanChecker(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
/// let report = checker.check(plan)
/// print(report.table())
/// ```
public struct PlanChecker: Sendable {
    /// The scenario plans are checked against.
    public let scenario: Scenario
    /// The scenario's working calendar (workdays, school holidays, availability).
    public let calendar: PlanningCalendar
    /// The base plan, today and pins when the plan is a re-plan; nil otherwise.
    public let replan: ReplanCheckContext?
    let index: ScenarioIndex
    let words: CheckerWording

    /// The table the messages and labels are worded from.
    public var strings: StringTable { words.strings }

    /// Creates a checker for plans of `scenario`.
    ///
    /// - Parameters:
    ///   - scenario: The scenario, with defaults filled in.
    ///   - calendar: Its calendar, including busy slots read from `.ics` files.
    ///   - replan: For a re-plan, its base, today and pins: H13, H14 and S11 are checked and
    ///     H1–H12 judged from today on (H5 and H10 on the whole plan).
    ///   - strings: The table violation messages and contribution labels are worded from
    ///     (its `checker` section); the bundled English one when nil. Rule codes, term codes
    ///     and entity ids are the same in every language.
    public init(
        scenario: Scenario, calendar: PlanningCalendar, replan: ReplanCheckContext? = nil,
        strings: StringTable? = nil
    ) {
        self.scenario = scenario
        self.calendar = calendar
        self.replan = replan
        index = ScenarioIndex(scenario: scenario)
        words = CheckerWording(strings: strings ?? CheckerStrings.english)
    }

    /// Checks every hard rule and recomputes every objective term of `plan`.
    ///
    /// - Parameter plan: A plan for this checker's scenario.
    /// - Returns: The violations, the recomputed terms and where the plan's own score differs.
    public func check(_ plan: Plan) -> CheckReport {
        check(plan, notes: [])
    }

    /// Reads `plan.json` and checks it, reporting dates that do not parse as H1 violations
    /// instead of failing (the date is left out of the plan that is checked).
    ///
    /// - Parameter data: The bytes of a `plan.json`.
    /// - Returns: The report, as for ``check(_:)``.
    /// - Throws: `DecodingError` when the document is not JSON or lacks required fields.
    public func check(planJSON data: Data) throws -> CheckReport {
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        var notes: [Violation] = []
        let cleaned = PlanDateSanitiser.sanitise(document, words: words, notes: &notes)
        let plan = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(cleaned))
        return check(plan, notes: notes)
    }

    private func check(_ plan: Plan, notes: [Violation]) -> CheckReport {
        let facts = PlanFacts(plan: plan, index: index, words: words, judgedFrom: replan?.today)
        var violations = notes
        violations += checkDays(facts)
        violations += checkCohorts(facts)
        violations += checkCoverage(facts)
        violations += checkAvailability(facts)
        violations += checkClashes(facts)
        violations += checkLoad(facts)
        violations += checkVenues(facts)
        violations += checkSupervision(facts)
        violations += checkMeetings(facts)
        violations += checkHistory(facts)
        violations += checkPins(facts)
        let terms = objectiveTerms(facts)
        let report = CheckReport(violations: violations, terms: terms, isReplan: replan != nil)
        return CheckReport(
            violations: report.violations, terms: report.terms, isReplan: report.isReplan,
            scoreMismatches: scoreMismatches(of: plan.score, against: report))
    }

    private func scoreMismatches(of score: Score, against report: CheckReport) -> [ScoreMismatch] {
        var mismatches: [ScoreMismatch] = []
        // S11 is compared when the plan states it or when it is not 0 (a plan made without a
        // base has no S11 entry).
        for term in report.terms where score.terms[term.code] != term.weighted {
            if term.term == .s11 && score.terms[term.code] == nil && term.weighted == 0 { continue }
            mismatches.append(
                ScoreMismatch(key: term.code, planValue: score.terms[term.code], recomputed: term.weighted))
        }
        if score.total != report.total {
            mismatches.append(ScoreMismatch(key: "total", planValue: score.total, recomputed: report.total))
        }
        if score.hardViolations != report.hardViolationCount {
            mismatches.append(
                ScoreMismatch(
                    key: "hardViolations", planValue: score.hardViolations, recomputed: report.hardViolationCount))
        }
        return mismatches
    }
}
