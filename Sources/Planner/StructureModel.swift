import ConstraintSolver

/// The structure of a plan as a ``ConstraintSolver`` model, with a lower bound on the total
/// of every plan of that structure: the outer stage of ``OptimalityProof``.
///
/// Per manual, with its needs in scenario order `n₀, n₁, …`:
///
/// - `cohort[n] ∈ 0…K` (0 = unassigned, `K = ⌊needs / cohortMin⌋`) and `group[n] ∈ 0…G`
///   (0 exactly when unassigned, `G` = needs), both under value precedence
///   (`x[nⱼ] ≤ max(x[n₀…nⱼ₋₁]) + 1`): each partition is enumerated once;
/// - per cohort: size in `[cohortMin, cohortMax]` when used, `trainers` certified
///   psychologists, a venue with rooms whose capacity holds participants and trainers (H3,
///   H4); unused cohorts have their venue and trainers fixed, so nothing is enumerated twice;
/// - per group: `1…groupMax` members (H10), all of one cohort, a certified supervisor and,
///   when physical, a venue holding members and supervisor (H9);
/// - needs without any training-date pattern (H1, H2, H6 for the therapist alone) stay
///   unassigned.
///
/// `lowerBound` = S1 + S2 + S3′ + S4 + S6′ + S7 (see ``OptimalityProof``) is constrained
/// below the incumbent, so only structures that could still beat it are enumerated.
final class StructureModel {
    let instance: Instance
    let solver = Solver(seed: 0)
    /// The lower bound on the total of any plan with the enumerated structure.
    private(set) var lowerBound: IntVar
    /// The branching: cohorts (members, venue, trainers), then groups (members, supervisor, venue).
    private(set) var branching: Branching

    private var cohortOf: [Int: IntVar] = [:]
    private var groupOf: [Int: IntVar] = [:]
    /// Per manual: venue and trainer Booleans (by psychologist) of each cohort 1…K.
    private var cohortVenue: [[IntVar]] = []
    private var cohortTrainer: [[[Int: BoolVar]]] = []
    /// Per manual: venue (nil when virtual) and supervisor of each group 1…G.
    private var groupVenue: [[IntVar?]] = []
    private var groupSupervisor: [[IntVar]] = []

    /// Builds the model for plans whose total is below `upperBound`.
    init(instance: Instance, upperBound: Int) {
        self.instance = instance
        lowerBound = solver.constant(0)
        branching = .inOrder([])
        let w = instance.weights
        var bound: [(Int, IntVar)] = []
        var cohortVars: [IntVar] = []
        var groupVars: [IntVar] = []
        var cohortChoices: [IntVar] = []
        var groupChoices: [IntVar] = []
        // Per psychologist: training days (weighted trainer Booleans) and sessions (weighted supervisor Booleans).
        var trainingDays = [[(Int, IntVar)]](repeating: [], count: instance.psychologistCount)
        var sessionCounts = [[(Int, IntVar)]](repeating: [], count: instance.psychologistCount)
        let singleSlot =
            Set(instance.manuals.map { $0.supervision.slot }).count == 1
            && instance.manuals.first?.supervision.slot != .any
        let venueCount = instance.venueCount
        for (m, needs) in instance.needsOfManual.enumerated() {
            let manual = instance.manuals[m]
            let training = manual.training
            let supervision = manual.supervision
            let k = training.days
            let s = supervision.sessions
            let certified = instance.certified[m]
            let cohortMin = max(1, training.cohortMin)
            let venues = (0..<venueCount).filter {
                instance.venueRooms[$0] > 0 && instance.venueCapacity[$0] >= cohortMin + training.trainers
            }
            let groupVenues = (0..<venueCount).filter { instance.venueRooms[$0] > 0 && instance.venueCapacity[$0] >= 2 }
            let physical = supervision.mode == .physical
            // At most maxCohorts cohorts and maxGroups groups; none without trainers or venues.
            let possible = certified.count >= training.trainers && !venues.isEmpty && !(physical && groupVenues.isEmpty)
            let maxCohorts = possible ? needs.count / cohortMin : 0
            let maxGroups = maxCohorts > 0 ? needs.count : 0
            // Memberships with value precedence.
            var x: [IntVar] = []
            var y: [IntVar] = []
            var assigned: [BoolVar] = []
            for (j, n) in needs.enumerated() {
                let feasible = Self.earliestLastDay(instance, n) != nil
                let xn = solver.intVar(0...(feasible ? maxCohorts : 0))
                let yn = solver.intVar(0...(feasible ? maxGroups : 0))
                let a = solver.boolVar()
                solver.addLinear([(1, xn)], .greaterOrEqual, 1, reifiedBy: a)
                solver.addLinear([(1, yn)], .greaterOrEqual, 1, reifiedBy: a)
                if j == 0 {
                    solver.addLinear([(1, xn)], .lessOrEqual, 1)
                    solver.addLinear([(1, yn)], .lessOrEqual, 1)
                } else {
                    let px = solver.intVar(0...maxCohorts)
                    let py = solver.intVar(0...maxGroups)
                    solver.addMaximum(px, of: Array(x))
                    solver.addMaximum(py, of: Array(y))
                    solver.addLinear([(1, xn), (-1, px)], .lessOrEqual, 1)
                    solver.addLinear([(1, yn), (-1, py)], .lessOrEqual, 1)
                }
                x.append(xn)
                y.append(yn)
                assigned.append(a)
                cohortOf[n] = xn
                groupOf[n] = yn
                cohortVars.append(xn)
                groupVars.append(yn)
                // S1 and the S3 lower bound.
                bound.append((w.unassigned, solver.not(a).int))
                if let last = Self.earliestLastDay(instance, n) {
                    let wait = w.waitPerDay * (instance.startOrdinal + last - instance.needs[n].readyOrdinal)
                    bound.append((wait, a.int))
                }
            }
            // Cohorts.
            var inCohort = [[BoolVar]](repeating: [], count: needs.count)  // [need][c-1]
            var venuesOfCohorts: [IntVar] = []
            var trainersOfCohorts: [[Int: BoolVar]] = []
            for c in 0..<maxCohorts {
                let member = needs.indices.map { j -> BoolVar in
                    let b = solver.boolVar()
                    solver.addLinear([(1, x[j])], .equal, c + 1, reifiedBy: b)
                    inCohort[j].append(b)
                    return b
                }
                let size = solver.sum(member.map { (1, $0.int) })
                let used = solver.boolVar()
                solver.addLinear([(1, size)], .greaterOrEqual, 1, reifiedBy: used)
                solver.addLinear([(1, size)], .greaterOrEqual, cohortMin, enforcedBy: used.isTrue)
                solver.addLinear([(1, size)], .lessOrEqual, training.cohortMax)
                let venue = solver.intVar(values: venues)
                solver.addLinear([(1, venue)], .equal, venues[0], enforcedBy: used.isFalse)
                let capacity = solver.element(instance.venueCapacity, index: venue)
                solver.addLinear(
                    [(1, size), (-1, capacity)], .lessOrEqual, -training.trainers, enforcedBy: used.isTrue)
                var trainers: [Int: BoolVar] = [:]
                for p in certified {
                    let t = solver.boolVar()
                    trainers[p] = t
                    cohortChoices.append(t.int)
                    trainingDays[p].append((k, t.int))
                    // S2: the trainer's round trips, 0 when not a trainer.
                    let km = solver.element(
                        (0..<venueCount).map { 2 * k * instance.kmPsychologist(p, $0) }, index: venue)
                    let travel = solver.intVar(0...max(0, solver.max(km)))
                    solver.addLinear([(1, travel), (-1, km)], .equal, 0, enforcedBy: t.isTrue)
                    solver.addLinear([(1, travel)], .equal, 0, enforcedBy: t.isFalse)
                    bound.append((w.travelPerKm, travel))
                }
                solver.addLinear(certified.map { (1, trainers[$0]!.int) } + [(-training.trainers, used.int)], .equal, 0)
                cohortChoices.insert(venue, at: cohortChoices.count - certified.count)
                venuesOfCohorts.append(venue)
                trainersOfCohorts.append(trainers)
            }
            cohortVenue.append(venuesOfCohorts)
            cohortTrainer.append(trainersOfCohorts)
            // S2 of the participants: the cohort's venue, V when unassigned.
            for (j, n) in needs.enumerated() where maxCohorts > 0 {
                let u = instance.needs[n].municipality
                let venueOfNeed = solver.intVar(0...venueCount)
                for c in 0..<maxCohorts {
                    solver.addLinear(
                        [(1, venueOfNeed), (-1, venuesOfCohorts[c])], .equal, 0, enforcedBy: inCohort[j][c].isTrue)
                }
                solver.addLinear([(1, venueOfNeed)], .equal, venueCount, enforcedBy: assigned[j].isFalse)
                let table = (0..<venueCount).map { 2 * k * instance.kmMunicipality(u, $0) } + [0]
                bound.append((w.travelPerKm, solver.element(table, index: venueOfNeed)))
            }
            // S4: per municipality, cohorts attended minus one.
            let municipalities = Set(needs.map { instance.needs[$0].municipality }).sorted()
            for u in municipalities where maxCohorts > 0 {
                let own = needs.indices.filter { instance.needs[needs[$0]].municipality == u }
                for c in 0..<maxCohorts {
                    let present = solver.boolVar()
                    solver.addMaximum(present.int, of: own.map { inCohort[$0][c].int })
                    bound.append((w.split, present.int))
                }
                let any = solver.boolVar()
                solver.addMaximum(any.int, of: own.map { assigned[$0].int })
                bound.append((-w.split, any.int))
            }
            // Groups.
            var venuesOfGroups: [IntVar?] = []
            var supervisorsOfGroups: [IntVar] = []
            var inGroup = [[BoolVar]](repeating: [], count: needs.count)
            for g in 0..<maxGroups {
                let member = needs.indices.map { j -> BoolVar in
                    let b = solver.boolVar()
                    solver.addLinear([(1, y[j])], .equal, g + 1, reifiedBy: b)
                    inGroup[j].append(b)
                    return b
                }
                let size = solver.sum(member.map { (1, $0.int) })
                let used = solver.boolVar()
                solver.addLinear([(1, size)], .greaterOrEqual, 1, reifiedBy: used)
                solver.addLinear([(1, size)], .lessOrEqual, max(1, supervision.groupMax))
                let cohort = solver.intVar(0...maxCohorts)
                solver.addLinear([(1, cohort)], .equal, 0, enforcedBy: used.isFalse)
                solver.addLinear([(1, cohort)], .greaterOrEqual, 1, enforcedBy: used.isTrue)
                for j in needs.indices {
                    solver.addLinear([(1, cohort), (-1, x[j])], .equal, 0, enforcedBy: member[j].isTrue)
                }
                let supervisor = solver.intVar(values: certified)
                solver.addLinear([(1, supervisor)], .equal, certified[0], enforcedBy: used.isFalse)
                groupChoices.append(supervisor)
                supervisorsOfGroups.append(supervisor)
                var venue: IntVar?
                if physical {
                    let v = solver.intVar(values: groupVenues)
                    solver.addLinear([(1, v)], .equal, groupVenues[0], enforcedBy: used.isFalse)
                    let capacity = solver.element(instance.venueCapacity, index: v)
                    solver.addLinear([(1, size), (-1, capacity)], .lessOrEqual, -1, enforcedBy: used.isTrue)
                    // S2 of the supervisor.
                    let pair = solver.sum([(venueCount, supervisor), (1, v)])
                    let table = (0..<instance.psychologistCount).flatMap { p in
                        (0..<venueCount).map { 2 * s * instance.kmPsychologist(p, $0) }
                    }
                    let km = solver.element(table, index: pair)
                    let travel = solver.intVar(0...max(0, solver.max(km)))
                    solver.addLinear([(1, travel), (-1, km)], .equal, 0, enforcedBy: used.isTrue)
                    solver.addLinear([(1, travel)], .equal, 0, enforcedBy: used.isFalse)
                    bound.append((w.travelPerKm, travel))
                    groupChoices.append(v)
                    venue = v
                }
                venuesOfGroups.append(venue)
                // S7 and the supervisor's sessions (S6).
                let discontinuous = solver.boolVar()
                solver.addLinear([(1, discontinuous.int)], .equal, 0, enforcedBy: used.isFalse)
                let inC = (0..<maxCohorts).map { c -> BoolVar in
                    let b = solver.boolVar()
                    solver.addLinear([(1, cohort)], .equal, c + 1, reifiedBy: b)
                    return b
                }
                for p in certified {
                    let isP = solver.boolVar()
                    solver.addLinear([(1, supervisor)], .equal, p, reifiedBy: isP)
                    let supervises = solver.boolVar()
                    solver.addLinear([(1, supervises.int), (-1, isP.int)], .lessOrEqual, 0)
                    solver.addLinear([(1, supervises.int), (-1, used.int)], .lessOrEqual, 0)
                    solver.addLinear([(1, supervises.int), (-1, isP.int), (-1, used.int)], .greaterOrEqual, -1)
                    sessionCounts[p].append((s, supervises.int))
                    for c in 0..<maxCohorts {
                        let t = trainersOfCohorts[c][p]!.int
                        solver.addLinear(
                            [(1, discontinuous.int), (1, inC[c].int), (1, isP.int), (1, t)], .lessOrEqual, 3)
                        solver.addLinear(
                            [(1, discontinuous.int), (-1, inC[c].int), (-1, isP.int), (1, t)], .greaterOrEqual, -1)
                    }
                }
                bound.append((w.continuity, discontinuous.int))
            }
            groupVenue.append(venuesOfGroups)
            groupSupervisor.append(supervisorsOfGroups)
            // S2 of the group members: the group's venue, V when unassigned.
            if physical {
                for (j, n) in needs.enumerated() where maxGroups > 0 {
                    let u = instance.needs[n].municipality
                    let venueOfNeed = solver.intVar(0...venueCount)
                    for g in 0..<maxGroups {
                        solver.addLinear(
                            [(1, venueOfNeed), (-1, venuesOfGroups[g]!)], .equal, 0, enforcedBy: inGroup[j][g].isTrue)
                    }
                    solver.addLinear([(1, venueOfNeed)], .equal, venueCount, enforcedBy: assigned[j].isFalse)
                    let table = (0..<venueCount).map { 2 * s * instance.kmMunicipality(u, $0) } + [0]
                    bound.append((w.travelPerKm, solver.element(table, index: venueOfNeed)))
                }
            }
        }
        // S6 lower bound: training days are distinct dates; sessions share a date at most in pairs.
        var loads: [IntVar] = []
        for p in 0..<instance.psychologistCount where !trainingDays[p].isEmpty || !sessionCounts[p].isEmpty {
            let sessions = solver.sum(sessionCounts[p])
            let dates: IntVar
            if singleSlot || sessionCounts[p].isEmpty {
                dates = sessions
            } else {
                let half = solver.intVar(0...solver.max(sessions))
                solver.addLinear([(2, half), (-1, sessions)], .greaterOrEqual, 0)
                solver.addLinear([(2, half), (-1, sessions)], .lessOrEqual, 1)
                dates = solver.intVar(0...solver.max(sessions))
                solver.addMaximum(dates, of: [half] + sessionCounts[p].map { solver.sum([$0]) })
            }
            loads.append(solver.sum(trainingDays[p] + [(1, dates)]))
        }
        if !loads.isEmpty {
            let peak = solver.intVar(0...loads.map { solver.max($0) }.max()!)
            solver.addMaximum(peak, of: loads)
            // The peak is at least the average over the psychologists who can work at all:
            // 2·|A|·peak ≥ 2·Σ training days + Σ sessions (sessions share a date at most in pairs).
            let active = (0..<instance.psychologistCount).filter { !trainingDays[$0].isEmpty }.count
            let work = trainingDays.joined().map { (2 * $0.0, $0.1) } + sessionCounts.joined().map { ($0.0, $0.1) }
            solver.addLinear([(2 * active, peak)] + work.map { (-$0.0, $0.1) }, .greaterOrEqual, 0)
            bound.append((w.peakLoad, peak))
        }
        lowerBound = solver.sum(bound)
        solver.addLinear([(1, lowerBound)], .lessOrEqual, upperBound - 1)
        branching = .inOrder(cohortVars + cohortChoices + groupVars + groupChoices)
    }

    /// The cohorts (structure only: no dates) and the number of unassigned needs of a solution.
    func structure(_ solution: ConstraintSolver.Solution) -> ([CohortState], Int) {
        var cohorts: [CohortState] = []
        var unassigned = 0
        for (m, needs) in instance.needsOfManual.enumerated() {
            var members: [Int: [Int]] = [:]
            var groupMembers: [Int: [Int]] = [:]
            var groupCohort: [Int: Int] = [:]
            for n in needs {
                let c = solution[cohortOf[n]!]
                let g = solution[groupOf[n]!]
                if c == 0 {
                    unassigned += 1
                    continue
                }
                members[c, default: []].append(n)
                groupMembers[g, default: []].append(n)
                groupCohort[g] = c
            }
            for c in members.keys.sorted() {
                let trainers = cohortTrainer[m][c - 1].filter { solution[$0.value] }.keys.sorted()
                let groups = groupMembers.keys.sorted().filter { groupCohort[$0] == c }.map { g in
                    GroupState(
                        supervisor: solution[groupSupervisor[m][g - 1]],
                        venue: groupVenue[m][g - 1].map { solution[$0] },
                        slot: .am, sessions: [], members: groupMembers[g]!.sorted())
                }
                cohorts.append(
                    CohortState(
                        manual: m, venue: solution[cohortVenue[m][c - 1]], trainers: trainers,
                        days: [], members: members[c]!.sorted(), groups: groups))
            }
        }
        return (cohorts, unassigned)
    }

    /// The unassigned needs of a solution, ascending.
    func unassignedNeeds(_ solution: ConstraintSolver.Solution) -> [Int] {
        cohortOf.keys.filter { solution[cohortOf[$0]!] == 0 }.sorted()
    }

    /// The earliest last training day of a cohort holding need `n` alone (H1, H2, H6), or
    /// nil when no pattern fits.
    static func earliestLastDay(_ instance: Instance, _ n: Int) -> Int? {
        instance.possibleLastTrainingDays(ofNeed: n).firstIndex(of: true)
    }
}
