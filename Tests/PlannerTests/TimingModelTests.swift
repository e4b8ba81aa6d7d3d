import ConstraintSolver
import Foundation
import PlanningModel
import TestSupport
import Testing

@testable import Planner

@Suite struct TimingModelTests {
    /// The constraint model of one cohort's timing (``TimingModel``) and the dynamic programme
    /// of ``CohortScheduler`` agree on random cohorts of the tiny scenarios (S6 weighted 0,
    /// since the programme prices peak load by increments), alone or beside a constructed
    /// plan: the model is never worse, equal
    /// when the cohort has one supervision group (then the programme is exact), and finds no
    /// timing only when the programme finds none either.
    @Test(arguments: 0..<24)
    func constraintModelAgreesWithTheDynamicProgramme(seed: UInt64) throws {
        var (scenario, _) = try loadShared(seed % 2 == 0 ? "tiny-1.json" : "tiny-2.json")
        scenario.weights.peakLoad = 0
        let instance = Instance(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
        var rng = SplitMix64(seed: seed)
        let training = instance.manuals[0].training
        var pool = instance.needsOfManual[0]
        var members: [Int] = []
        let size = training.cohortMin + rng.below(training.cohortMax - training.cohortMin + 1)
        while members.count < size {
            members.append(pool.remove(at: rng.below(pool.count)))
        }
        var certified = instance.certified[0]
        let trainers = (0..<training.trainers).map { _ in certified.remove(at: rng.below(certified.count)) }.sorted()
        var cohort = CohortState(
            manual: 0, venue: rng.below(instance.venueCount), trainers: trainers, days: [],
            members: members.sorted(), groups: [])
        // Random groups: shuffled members cut into the fewest groups or one more, each with a
        // random venue and certified supervisor.
        let groupMax = instance.manuals[0].supervision.groupMax
        let fewest = (size + groupMax - 1) / groupMax
        let count = min(size, fewest + rng.below(2))
        var shuffled = cohort.members
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.below(i + 1)) }
        var start = 0
        for g in 0..<count {
            let part = size / count + (g < size % count ? 1 : 0)
            let supervisor = instance.certified[0][rng.below(instance.certified[0].count)]
            cohort.groups.append(
                GroupState(
                    supervisor: supervisor, venue: rng.below(instance.venueCount), slot: .am,
                    sessions: [], members: shuffled[start..<(start + part)].sorted()))
            start += part
        }
        // Every other seed, against a whole constructed plan: the cohort's therapists are then
        // busy on that plan's dates too, and its trainers' weeks and months partly full.
        let usage = seed % 4 < 2 ? ResourceUsage(instance: instance) : Construction(instance: instance).run().usage

        var dpUsage = usage
        var dpCohort = cohort
        let dpFound = CohortScheduler(instance: instance).schedule(&dpCohort, usage: &dpUsage)
        let model = TimingModel(instance: instance)
        let cp = model.solve(
            [cohort], unassigned: 0, below: Int.max / 4, limits: .init(maxNodes: 200_000),
            background: usage)
        #expect(cp.complete, "seed \(seed)")
        let structure = model.structureCost([cohort], unassigned: 0)
        guard let (timed, total) = cp.best else {
            #expect(!dpFound, "seed \(seed): the programme found a timing the model says does not exist")
            return
        }
        #expect(
            total == Evaluator.cohortTerms(instance, timed[0]).total + Evaluator.splitTerm(instance, timed),
            "seed \(seed)")
        guard dpFound else { return }
        let dp = Evaluator.cohortTerms(instance, dpCohort).total + Evaluator.splitTerm(instance, [dpCohort])
        #expect(total <= dp, "seed \(seed): model \(total - structure) vs programme \(dp - structure)")
        if cohort.groups.count == 1 { #expect(total == dp, "seed \(seed)") }
    }
}
