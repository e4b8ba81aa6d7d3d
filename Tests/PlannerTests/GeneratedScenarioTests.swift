import Foundation
import PlanChecker
import PlanningModel
import Testing

@testable import Planner

/// A generated scenario read back the way `stime-planner plan` reads a file.
func loadGenerated(municipalities: Int, seed: UInt64) throws -> (Scenario, PlanningCalendar) {
    let data = try ScenarioGenerator.jsonData(ScenarioGenerator(municipalities: municipalities, seed: seed).generate())
    let scenario = try JSONDecoder().decode(Scenario.self, from: data)
    return (scenario, PlanningCalendar(scenario: scenario))
}

@Suite struct GeneratedScenarioTests {
    /// A generated 19-municipality scenario (about a hundred needs, 19 venues) is planned
    /// with a small iteration budget: no hard violation, every need assigned, and the
    /// independent checker computes the same total.
    @Test func generatedScenarioIsPlannedWithoutHardViolations() throws {
        let (scenario, calendar) = try loadGenerated(municipalities: 19, seed: 1)
        let plan = StimePlanSolver(scenario: scenario, calendar: calendar)
            .solve(PlannerOptions(seed: 1, iterations: 40, suggestionBudget: 10))
        let report = PlanChecker(scenario: scenario, calendar: calendar).check(plan)
        #expect(report.hardViolationCount == 0, "\(report.violations.prefix(5).map(\.description))")
        #expect(plan.score.hardViolations == 0)
        #expect(plan.unassigned.isEmpty, "\(plan.unassigned.map { "\($0.therapist)/\($0.manual) \($0.reason)" })")
        #expect(plan.score.total == report.total, "\(report.scoreMismatches)")
    }

    /// The pruned enumeration of trainer sets returns exactly the first sets of a full sort
    /// by (travel, load, lexicographic order), for every manual and venue of a generated
    /// scenario with pools of 8–15 certified psychologists.
    @Test func trainerOptionsEqualAFullSortOfEverySet() throws {
        let (scenario, calendar) = try loadGenerated(municipalities: 50, seed: 2)
        let instance = Instance(scenario: scenario, calendar: calendar)
        var usage = ResourceUsage(instance: instance)
        for p in 0..<instance.psychologistCount where p % 3 == 0 {
            for d in 0..<(p % 5) where instance.isWorkday[d] {
                usage.addPsychologist(instance, p, d, mask: Slot.am.mask, venue: nil)
            }
        }
        let designer = CohortDesigner(instance: instance)
        for m in instance.manuals.indices {
            let pool = instance.certified[m]
            let need = instance.manuals[m].training.trainers
            var all: [[Int]] = []
            func build(_ start: Int, _ chosen: [Int]) {
                if chosen.count == need {
                    all.append(chosen)
                    return
                }
                for i in start..<pool.count { build(i + 1, chosen + [pool[i]]) }
            }
            build(0, [])
            for v in 0..<instance.venueCount {
                let key = { (set: [Int]) in
                    (set.reduce(0) { $0 + instance.kmPsychologist($1, v) }, set.reduce(0) { $0 + usage.totalLoad[$1] })
                }
                let sorted = all.sorted { a, b in
                    let ka = key(a)
                    let kb = key(b)
                    return ka != kb ? ka < kb : a.lexicographicallyPrecedes(b)
                }
                for limit in [1, 3, 12] {
                    #expect(
                        designer.trainerOptions(manual: m, venue: v, usage: usage, limit: limit)
                            == Array(sorted.prefix(limit)), "manual \(m), venue \(v), limit \(limit)")
                }
                #expect(designer.cheapestTrainerKm(manual: m, venue: v) == sorted.first.map { key($0).0 })
            }
        }
    }

    /// Groups choose among every venue while there are few; with many venues, among those
    /// near the members (and always the training venue).
    @Test func groupVenuesAreCutOnlyWhenThereAreMany() throws {
        let (scenario, calendar) = try loadGenerated(municipalities: 98, seed: 1)
        let instance = Instance(scenario: scenario, calendar: calendar)
        #expect(instance.venueCount > CohortDesigner.groupVenueLimit)
        let designer = CohortDesigner(instance: instance)
        let m = try #require(instance.needsOfManual.firstIndex { $0.count >= 10 })
        let members = Array(instance.needsOfManual[m].prefix(10))
        let cohort = CohortState(manual: m, venue: 0, trainers: [], days: [], members: members, groups: [])
        let candidates = designer.groupVenueCandidates(cohort)
        #expect(candidates.contains(0))
        #expect(candidates.count < instance.venueCount)
        #expect(candidates == candidates.sorted())
        for n in members {
            let u = instance.needs[n].municipality
            let nearest = (0..<instance.venueCount).filter {
                instance.venueCapacity[$0] >= 2 && instance.venueRooms[$0] > 0
            }
            .min { (instance.kmMunicipality(u, $0), $0) < (instance.kmMunicipality(u, $1), $1) }
            #expect(nearest.map(candidates.contains) == true)
        }
        let (small, smallCalendar) = try loadShared("midtjylland-2026.json")
        let smallInstance = Instance(scenario: small, calendar: smallCalendar)
        let few = CohortDesigner(instance: smallInstance).groupVenueCandidates(
            CohortState(manual: 0, venue: 0, trainers: [], days: [], members: [0], groups: []))
        #expect(few == Array(0..<smallInstance.venueCount))
    }
}
