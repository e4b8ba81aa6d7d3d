import Foundation
import PlanChecker
import PlanStore
import PlanningModel

/// Turns a changed plan and scenario into a revision of the published version, when every
/// hard rule H1–H12 holds for the changed scenario (PlanChecker); else the broken rule.
struct RevisionCheck: Sendable {
    /// The version as it is.
    let workspace: BookingWorkspace
    /// The server's date where the scenario is: cancellations before it are dropped.
    let today: CalendarDay

    /// The changed plan checked: nil when it holds every hard rule, else why not.
    func refusal(of plan: Plan, for scenario: LoadedScenario) -> BookingError? {
        Self.refusal(PlanChecker(scenario: scenario.scenario, calendar: scenario.calendar).check(plan))
    }

    private static func refusal(_ report: CheckReport) -> BookingError? {
        guard let first = report.violations.min(by: { $0.rule < $1.rule }) else { return nil }
        return .ruleBroken(
            first.rule.description, detail: first.message.hasSuffix(".") ? first.message : first.message + ".")
    }

    /// The revision with `plan` (its score recomputed, its calendar record following the
    /// published one) and `scenario`; `booked` are the memberships the booker made.
    ///
    /// - Throws: ``BookingError`` `RULE_BROKEN` when the plan breaks a hard rule.
    func revision(plan: Plan, scenario: LoadedScenario, booked: Set<Membership>) throws -> CheckedRevision {
        var next = plan
        let report = PlanChecker(scenario: scenario.scenario, calendar: scenario.calendar).check(plan)
        if let refusal = Self.refusal(report) { throw refusal }
        var terms = Dictionary(uniqueKeysWithValues: report.terms.map { ($0.code, $0.weighted) })
        if let perturbation = workspace.plan.score.terms["S11"] { terms["S11"] = perturbation }
        next.score = Score(total: terms.values.reduce(0, +), hardViolations: report.hardViolationCount, terms: terms)
        next = FeedContinuity.plan(next, following: workspace.plan, scenario: scenario.scenario, today: today)
        let revision = Revision(
            scenario: try scenario.document.storedData(), plan: try next.jsonData(),
            seatsBefore: Self.seats(of: workspace.plan, in: workspace.scenario),
            seatsAfter: Self.seats(of: next, in: scenario.scenario), booked: booked)
        return CheckedRevision(revision: revision, scenario: scenario, plan: next)
    }

    /// The seats of a plan's groups: capacity `groupMax` of the manual; one seat per
    /// therapist and manual (the first group that lists them).
    static func seats(of plan: Plan, in scenario: Scenario) -> SeatLayout {
        let manuals = Dictionary(scenario.manuals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        var memberships: [Membership] = []
        for group in plan.supervisionGroups {
            for therapist in group.members where seen.insert(therapist + "\u{0}" + group.manual).inserted {
                memberships.append(Membership(therapist: therapist, manual: group.manual, group: group.id))
            }
        }
        var groupIDs = Set<String>()
        let groups = plan.supervisionGroups.filter { groupIDs.insert($0.id).inserted }.map { group in
            SeatLayout.Group(
                id: group.id, manual: group.manual, capacity: manuals[group.manual]?.supervision.groupMax ?? 0)
        }
        return SeatLayout(groups: groups, memberships: memberships)
    }
}

/// A revision to write, with the scenario and plan it stores as values: once it is written,
/// the next action starts from them instead of reading the documents back.
struct CheckedRevision: Sendable {
    let revision: Revision
    /// The scenario `revision.scenario` encodes.
    let scenario: LoadedScenario
    /// The plan `revision.plan` encodes.
    let plan: Plan
}
