import ConstraintSolver
import Foundation
import PlanningModel

/// The temperature of every iteration of one search: ``Annealing`` resolved against the
/// scenario's weights and the work budget.
///
/// The budget is split into equal cycles of about ``Annealing/cycle`` default budgets; each
/// cools geometrically from its first temperature (``Annealing/hot`` for the first cycle,
/// ``Annealing/reheat`` of it for the others) to ``Annealing/cold``, all in weight units.
/// Everything depends on the iteration count only, so a run replays exactly.
struct AnnealingSchedule {
    /// Temperatures in objective points.
    let hot: Double
    let reheated: Double
    let cold: Double
    /// Iterations per cycle (the last cycle may be shorter).
    let cycleLength: Int

    /// - Parameters:
    ///   - annealing: the schedule's parameters.
    ///   - weights: the scenario's weights, for the weight scale.
    ///   - budget: the search's iterations.
    ///   - defaultBudget: the scenario's default budget (``PlannerOptions/defaultIterations(needs:)``).
    init(_ annealing: Annealing, weights: Weights, budget: Int, defaultBudget: Int) {
        let scale = Self.weightScale(weights)
        hot = annealing.hot * scale
        reheated = annealing.hot * annealing.reheat * scale
        cold = annealing.cold * scale
        let cycleTarget = max(1, annealing.cycle * Double(defaultBudget))
        // Any budget up to Int.max (`--iterations` is the user's): no conversion or sum traps.
        let cycles = max(1, Int(min((Double(budget) / cycleTarget).rounded(), 0x1p52)))
        cycleLength = max(1, budget / cycles + (budget % cycles == 0 ? 0 : 1))
    }

    /// The median of the positive weights of S2–S10 (1 when there are none): the size of
    /// an ordinary step of the objective.
    static func weightScale(_ w: Weights) -> Double {
        let positive = [
            w.travelPerKm, w.waitPerDay, w.split, w.schoolHoliday, w.peakLoad, w.continuity, w.meetingSpread,
            w.irregular, w.missedSupervision,
        ].filter { $0 > 0 }.sorted()
        return positive.isEmpty ? 1 : Double(positive[positive.count / 2])
    }

    /// Whether `iteration` is the first of a cycle after the first (where the search restarts).
    func startsCycle(_ iteration: Int) -> Bool { iteration > 0 && iteration % cycleLength == 0 }

    /// The temperature of `iteration`.
    func temperature(at iteration: Int) -> Double {
        let cycle = iteration / cycleLength
        let fraction = Double(iteration - cycle * cycleLength) / Double(cycleLength)
        let start = cycle == 0 ? hot : reheated
        return start * pow(cold / start, fraction)
    }
}

/// The best distinct plans the search's cycles ended with, to restart from.
struct ElitePool {
    let capacity: Int
    private(set) var plans: [SearchState] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Keeps `plan` if it is among the `capacity` best totals (one plan per total).
    mutating func add(_ plan: SearchState) {
        let total = plan.total
        guard !plans.contains(where: { $0.total == total }) else { return }
        plans.append(plan)
        plans.sort { $0.total < $1.total }
        if plans.count > capacity { plans.removeLast() }
    }

    /// A plan of the pool chosen uniformly (the pool must not be empty).
    func pick(_ rng: inout SplitMix64) -> SearchState { plans[rng.below(plans.count)] }
}
