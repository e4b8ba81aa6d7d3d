import PlanTemplates
import PlanningModel

/// "Never a no without a way" (PROBLEM.md §6): for every unassigned need, concrete changes
/// to the scenario as a sentence and a JSON Patch, each verified by applying the patch,
/// re-solving with a short deterministic budget and checking that the need is assigned (a
/// re-plan is verified by re-planning the same base).
///
/// Needs with the same reason and manual share their candidate patches, and every patch is
/// re-solved at most once. Sentences come from the string table of ``PlannerOptions/language``.
struct SuggestionFinder {
    let scenario: Scenario
    let calendar: PlanningCalendar
    let instance: Instance
    let options: PlannerOptions
    /// The texts of the plan's language (`detail` and `suggestion` sections).
    let strings: StringTable
    /// Most verified suggestions kept per need.
    let wanted = 2
    /// The solve's time cap. Under a cap each re-solve also stops after half the time left,
    /// and none starts with less than 0.1 s left (its suggestion stays unverified); without
    /// one every re-solve gets ``PlannerOptions/suggestionBudget`` iterations, deterministic.
    var cap = TimeCap(seconds: nil)
    /// Re-solves run so far (at most ``PlannerOptions/verificationLimit``).
    private var resolves = 0
    /// Patch (as JSON text) → the needs (therapist/manual) its re-solve assigned, or nil when
    /// the patch could not be applied.
    private var verified: [String: Set<String>?] = [:]

    init(scenario: Scenario, calendar: PlanningCalendar, instance: Instance, options: PlannerOptions) {
        self.scenario = scenario
        self.calendar = calendar
        self.instance = instance
        self.options = options
        // The bundled table ships with the program; without it the keys show, as in the report.
        strings = (try? StringTable.bundled(options.language)) ?? StringTable(language: options.language, entries: [:])
    }

    /// The unassigned list of `state`, with reasons, details and suggestions.
    mutating func unassigned(_ state: SearchState) -> [UnassignedNeed] {
        let diagnosis = Diagnosis(instance: instance, strings: strings)
        return state.solution.unassigned.map { n in
            let (reason, detail) = diagnosis.diagnose(n, in: state)
            let therapist = instance.therapistIDs[instance.needs[n].therapist]
            let manual = instance.manuals[instance.needs[n].manual].id
            var found: [Suggestion] = []
            var unverified: [Suggestion] = []
            for candidate in candidates(n, reason: reason, state: state) {
                guard found.count < wanted else { break }
                if options.suggestions, check(candidate.patch).contains("\(therapist)/\(manual)") {
                    found.append(Suggestion(text: candidate.text, patch: candidate.patch, verified: true))
                } else if unverified.isEmpty {
                    unverified.append(Suggestion(text: candidate.text, patch: candidate.patch, verified: false))
                }
            }
            return UnassignedNeed(
                therapist: therapist, manual: manual, reason: reason, detail: detail,
                suggestions: found.isEmpty ? unverified : found)
        }
    }

    /// Re-solves with `patch` applied (once per distinct patch) and returns the assigned needs.
    private mutating func check(_ patch: [PatchOperation]) -> Set<String> {
        let key = patchKey(patch)
        if let known = verified[key] { return known ?? [] }
        guard resolves < options.verificationLimit else { return [] }
        let left = cap.secondsLeft
        if let left, left <= 0.1 {
            cap.recordReached()
            return []
        }
        resolves += 1
        var result: Set<String>?
        if let document = try? JSONValue(encoding: scenario), let patched = try? document.applying(patch),
            let changed = try? patched.decode(Scenario.self)
        {
            let touchesCalendar = patch.contains { $0.path.hasPrefix("/horizon") || $0.path.hasPrefix("/calendar") }
            let solver = StimePlanSolver(
                scenario: changed,
                calendar: touchesCalendar ? PlanningCalendar(scenario: changed) : calendar)
            var budget = PlannerOptions(
                seed: options.seed, timeLimit: left.map { $0 / 2 }, iterations: options.suggestionBudget,
                suggestions: false, proveOptimality: false)
            budget.annealing = options.annealing
            budget.moves = options.moves
            let plan: Plan
            if let replan = instance.replan {
                plan = solver.replan(replan.request, budget)
            } else {
                let run = solver.run(budget)
                if run.stoppedByTimeLimit { cap.recordReached() }
                plan = run.plan
            }
            var assigned = Set<String>()
            if plan.score.hardViolations == 0 {
                for c in plan.cohorts { for t in c.participants { assigned.insert("\(t)/\(c.manual)") } }
            }
            result = assigned
        }
        verified[key] = .some(result)
        return result ?? []
    }

    private func patchKey(_ patch: [PatchOperation]) -> String {
        patch.map { "\($0.op.rawValue) \($0.path) \($0.value.map { "\($0)" } ?? "")" }.joined(separator: "; ")
    }

    struct Candidate {
        let text: String
        let patch: [PatchOperation]
    }

    /// Candidate changes for need `n`, most promising first.
    private func candidates(_ n: Int, reason: UnassignedReason, state: SearchState) -> [Candidate] {
        let need = instance.needs[n]
        let m = need.manual
        let manual = instance.manuals[m]
        let training = manual.training
        switch reason {
        case .noCertifiedTrainers:
            let missing = training.trainers - instance.certified[m].count
            return certifyCandidates(manual: m, count: max(1, missing), state: state)
        case .tooFewParticipants:
            let available = instance.needsOfManual[m].count
            let waiting = state.solution.unassigned.filter { instance.needs[$0].manual == m }.count
            let target = max(1, available < training.cohortMin ? available : waiting)
            var list = [
                Candidate(
                    text: strings.format(
                        "suggestion.lowerCohortMin",
                        ["manual": manual.id, "from": String(training.cohortMin), "to": String(target)]),
                    patch: [PatchOperation(op: .replace, path: "/manuals/\(m)/training/cohortMin", value: .int(target))]
                )
            ]
            if available >= training.cohortMin {
                let raised = training.cohortMax + waiting
                list.append(
                    Candidate(
                        text: strings.format(
                            "suggestion.raiseCohortMax",
                            ["manual": manual.id, "from": String(training.cohortMax), "to": String(raised)]),
                        patch: [
                            PatchOperation(op: .replace, path: "/manuals/\(m)/training/cohortMax", value: .int(raised))
                        ]))
            }
            return list
        case .noTrainerCapacity:
            return capacityCandidates(manual: m, state: state) + certifyCandidates(manual: m, count: 1, state: state)
        case .noDates:
            let end = scenario.horizon.to
            let later = end.adding(days: 91 + 92)
            return [
                Candidate(
                    text: strings.format(
                        "suggestion.extendHorizon", ["from": end.description, "to": later.description]),
                    patch: [PatchOperation(op: .replace, path: "/horizon/to", value: .string(later.description))])
            ]
        case .noVenue:
            let size = training.cohortMax + training.trainers
            guard let v = (0..<instance.venueCount).max(by: { instance.venueCapacity[$0] < instance.venueCapacity[$1] })
            else { return [] }
            let id = scenario.venues[v].id
            return [
                Candidate(
                    text: strings.format(
                        "suggestion.raiseVenueCapacity",
                        ["venue": id, "from": String(instance.venueCapacity[v]), "to": String(size)]),
                    patch: [PatchOperation(op: .replace, path: "/venues/\(v)/capacity", value: .int(size))])
            ]
        }
    }

    /// Certify `count` more psychologists: lightest load first, then nearest home to the
    /// manual's municipalities.
    private func certifyCandidates(manual m: Int, count: Int, state: SearchState) -> [Candidate] {
        let id = instance.manuals[m].id
        let pool = (0..<instance.psychologistCount).filter { !instance.certified[m].contains($0) }
        let municipalities = instance.needsOfManual[m].map { instance.needs[$0].municipality }
        let ranked = pool.map { p -> (Int, Int, Int) in
            let travel = municipalities.reduce(0) {
                $0 + instance.kmMunicipality($1, instance.psychologistHome[p])
            }
            return (p, state.usage.totalLoad[p] - instance.maxDaysPerMonth[p], travel)
        }.sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.map(\.0)
        guard ranked.count >= count else { return [] }
        var list: [Candidate] = []
        for start in 0...(ranked.count - count) where list.count < 4 {
            let chosen = Array(ranked[start..<(start + count)])
            let names = chosen.map { "\(instance.psychologistIDs[$0]) (\(scenario.psychologists[$0].name))" }
            let others = ranked.filter { !chosen.contains($0) }.prefix(3).map { instance.psychologistIDs[$0] }
            let values = [
                "psychologists": strings.joined(names), "manual": id, "others": others.joined(separator: ", "),
            ]
            list.append(
                Candidate(
                    text: strings.format(
                        others.isEmpty ? "suggestion.certify" : "suggestion.certifyWithOthers", values),
                    patch: chosen.map {
                        PatchOperation(op: .add, path: "/psychologists/\($0)/manuals/-", value: .string(id))
                    }))
        }
        return list
    }

    /// Raise the day limits of the certified psychologists with the least spare capacity.
    private func capacityCandidates(manual m: Int, state: SearchState) -> [Candidate] {
        let ranked = instance.certified[m].sorted {
            (state.usage.totalLoad[$1], $0) < (state.usage.totalLoad[$0], $1)
        }
        return ranked.prefix(2).map { p in
            let month = instance.maxDaysPerMonth[p] + 2
            let week = instance.maxDaysPerWeek[p] + 1
            let id = instance.psychologistIDs[p]
            return Candidate(
                text: strings.format(
                    "suggestion.raiseDayLimits", ["psychologist": id, "month": String(month), "week": String(week)]),
                patch: [
                    PatchOperation(op: .replace, path: "/psychologists/\(p)/maxDaysPerMonth", value: .int(month)),
                    PatchOperation(op: .replace, path: "/psychologists/\(p)/maxDaysPerWeek", value: .int(week)),
                ])
        }
    }
}
