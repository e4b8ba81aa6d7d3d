import PlanningModel

extension PlanChecker {
    /// S1…S11, each recomputed from the plan and the scenario (PROBLEM.md §5; S11: REPLAN.md).
    func objectiveTerms(_ facts: PlanFacts) -> [TermScore] {
        let amounts: [(ObjectiveTerm, raw: Int, [Contribution])] = [
            unassignedNeeds(facts),
            travel(facts),
            waiting(facts),
            split(facts),
            schoolHolidays(facts),
            peakLoad(facts),
            continuity(facts),
            meetingSpread(facts),
            irregularSupervision(facts),
            missedSupervision(facts),
            perturbation(facts),
        ]
        return amounts.map { term, raw, contributions in
            TermScore(term: term, raw: raw, weight: term.weight(in: scenario.weights), contributions: contributions)
        }
    }

    /// A term whose raw amount is the sum of its contributions.
    func summed(_ term: ObjectiveTerm, _ contributions: [Contribution]) -> (ObjectiveTerm, raw: Int, [Contribution]) {
        (term, contributions.reduce(0) { $0 + $1.amount }, contributions)
    }
}
