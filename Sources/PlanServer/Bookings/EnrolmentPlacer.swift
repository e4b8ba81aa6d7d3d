import PlanStore
import PlanningModel

/// Finds seats for a new therapist: for each of their manuals a cohort whose first training
/// day is after today with room (`cohortMax`) and a group of it with a free seat (`groupMax`),
/// such that the whole plan holds every hard rule.
struct EnrolmentPlacer {
    let plan: Plan
    /// The scenario with the therapist in it.
    let scenario: LoadedScenario
    let today: CalendarDay
    /// Candidate seats tried per manual, and combinations checked at most.
    var perManual = 6
    var checks = 24

    /// The plan with the therapist placed and the placements, or nil when nothing fits.
    func place(_ therapist: String, manuals: [String], check: RevisionCheck) -> (Plan, [BookingService.Placement])? {
        let options = manuals.map { candidates(for: $0) }
        guard options.allSatisfy({ !$0.isEmpty }) else { return nil }
        var tried = 0
        var chosen: [BookingService.Placement] = []
        func search(_ index: Int) -> Plan? {
            if index == options.count {
                tried += 1
                let placed = apply(chosen, for: therapist)
                return check.refusal(of: placed, for: scenario) == nil ? placed : nil
            }
            for option in options[index] where tried < checks {
                chosen.append(option)
                if let found = search(index + 1) { return found }
                chosen.removeLast()
            }
            return nil
        }
        guard let placed = search(0) else { return nil }
        return (placed, chosen)
    }

    /// Seats of `manual` that have room, soonest cohort first, then the group with most free seats.
    func candidates(for manual: String) -> [BookingService.Placement] {
        guard let definition = scenario.scenario.manual(manual) else { return [] }
        let cohorts = plan.cohorts.filter { cohort in
            cohort.manual == manual && (cohort.days.first.map { $0 > today } ?? false)
                && cohort.participants.count < definition.training.cohortMax
        }
        .sorted { ($0.days.first!, $0.id) < ($1.days.first!, $1.id) }
        var result: [BookingService.Placement] = []
        for cohort in cohorts {
            let groups = plan.supervisionGroups
                .filter { $0.cohort == cohort.id && $0.members.count < definition.supervision.groupMax }
                .sorted { ($0.members.count, $0.id) < ($1.members.count, $1.id) }
            result += groups.map { BookingService.Placement(manual: manual, cohort: cohort.id, group: $0.id) }
        }
        return Array(result.prefix(perManual))
    }

    /// `plan` with the therapist in each placement's cohort and group.
    func apply(_ placements: [BookingService.Placement], for therapist: String) -> Plan {
        var next = plan
        for placement in placements {
            if let cohort = next.cohorts.firstIndex(where: { $0.id == placement.cohort }) {
                next.cohorts[cohort].participants.append(therapist)
            }
            if let group = next.supervisionGroups.firstIndex(where: { $0.id == placement.group }) {
                next.supervisionGroups[group].members.append(therapist)
            }
        }
        return next
    }
}
