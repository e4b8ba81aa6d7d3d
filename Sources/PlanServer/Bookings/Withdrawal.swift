import Foundation
import PlanStore
import PlanningModel

/// A therapist leaving: the plan and scenario without them, and, when a waitlisted
/// therapist's manuals all fit the seats they free, the first such one (FIFO) in those seats.
struct Withdrawal {
    let workspace: BookingWorkspace
    let therapist: String
    let place: (municipality: Int, therapist: Int)

    /// The groups the therapist leaves.
    var groups: [String] {
        workspace.plan.supervisionGroups.filter { $0.members.contains(therapist) }.map(\.id)
    }

    struct Outcome {
        let plan: Plan
        let scenario: LoadedScenario
        let booked: Set<Membership>
        /// The waitlisted therapist who took the seat.
        let successor: String?
        let settled: [Int]
    }

    /// The outcome: with the first waitlisted therapist who fits (checked), else without
    /// anybody in the seats (checked when it becomes the revision).
    func result(waitlist: [WaitlistEntry], check: RevisionCheck) throws -> Outcome {
        var edit = ScenarioDocumentEdit(workspace.loaded.document)
        edit.removeTherapist(municipality: place.municipality, therapist: place.therapist)
        var without = workspace.plan
        let freed = freedSeats()
        for index in without.cohorts.indices { without.cohorts[index].participants.removeAll { $0 == therapist } }
        for index in without.supervisionGroups.indices {
            without.supervisionGroups[index].members.removeAll { $0 == therapist }
        }
        without.unassigned.removeAll { $0.therapist == therapist }

        for entry in waitlist {
            guard let successor = try? successor(entry, freed: freed, edit: edit, plan: without, check: check)
            else { continue }
            return successor
        }
        let scenario = try BookingService.load(edit.document)
        let emptied = Set(without.supervisionGroups.filter(\.members.isEmpty).map(\.id))
        without.supervisionGroups.removeAll { emptied.contains($0.id) }
        return Outcome(plan: without, scenario: scenario, booked: [], successor: nil, settled: [])
    }

    /// The leaver's seats by manual.
    private func freedSeats() -> [String: BookingService.Placement] {
        var seats: [String: BookingService.Placement] = [:]
        for group in workspace.plan.supervisionGroups where group.members.contains(therapist) {
            seats[group.manual] = BookingService.Placement(manual: group.manual, cohort: group.cohort, group: group.id)
        }
        return seats
    }

    /// The outcome with `entry` in the freed seats, nil when they do not fit it.
    private func successor(
        _ entry: WaitlistEntry, freed: [String: BookingService.Placement], edit: ScenarioDocumentEdit, plan: Plan,
        check: RevisionCheck
    ) throws -> Outcome? {
        let document = try JSONDecoder().decode(JSONValue.self, from: entry.document)
        let person = try JSONDecoder().decode(Therapist.self, from: entry.document)
        let seats = person.manuals.compactMap { freed[$0] }
        guard !person.manuals.isEmpty, seats.count == person.manuals.count,
            let municipality = workspace.scenario.municipalities.firstIndex(where: { $0.id == entry.municipality })
        else { return nil }
        var edit = edit
        edit.addTherapist(document, municipality: municipality)
        guard let scenario = try? BookingService.load(edit.document) else { return nil }
        let placed = EnrolmentPlacer(plan: plan, scenario: scenario, today: check.today).apply(seats, for: person.id)
        guard check.refusal(of: placed, for: scenario) == nil else { return nil }
        return Outcome(
            plan: placed, scenario: scenario,
            booked: Set(seats.map { Membership(therapist: person.id, manual: $0.manual, group: $0.group) }),
            successor: person.id, settled: [entry.id])
    }
}
