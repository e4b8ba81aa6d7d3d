import ConstraintSolver

/// Formats seconds with three decimals without Foundation.
func format3(_ x: Double) -> String {
    let ms = Int((x * 1000).rounded())
    let frac = ms % 1000
    return "\(ms / 1000)." + String(repeating: "0", count: frac < 10 ? 2 : frac < 100 ? 1 : 0) + "\(frac)"
}

/// Solves one instance: SetTimes branch and bound under a failure budget (good first
/// solutions, proves easy instances), then rounds of LNS on the machine orders (rank
/// branching inside each neighbourhood; 200, 400, 800, then 1 600 neighbourhoods per
/// round), each followed by a complete rank branch and bound from the incumbent under a
/// doubling failure budget, which proves the incumbent optimal once its tree is exhausted.
///
/// Every phase is limited by iterations or failures, so a seed replays the same run; the
/// wall-time limit only cuts it short.
struct JobShopRun {
    let instance: JobShopInstance
    let seed: UInt64
    let timeLimit: Double
    let quiet: Bool
    var failLimit = 300
    var lnsIterationsPerRound = 200
    var proofFailures = 1_000

    struct Outcome {
        var makespan: Int
        var optimal: Bool
        var elapsed: Double
        var timeToBest: Double
    }

    func run() -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let model = JobShopModel(instance, seed: seed)
        let solver = model.solver
        let lowerBound = solver.min(model.makespan)
        var best = Int.max
        var incumbent: Solution? = nil
        var timeToBest = 0.0
        let report: (Solution) -> Void = { solution in
            guard solution[model.makespan] < best else { return }
            best = solution[model.makespan]
            incumbent = solution
            timeToBest = elapsed()
            if !quiet { print("t=\(format3(timeToBest)) makespan=\(best)") }
        }
        func outcome(_ optimal: Bool) -> Outcome {
            Outcome(makespan: best, optimal: optimal || best == lowerBound, elapsed: elapsed(), timeToBest: timeToBest)
        }
        let setTimes = Branching.setTimes(model.allTasks, in: solver)
        let first = solver.solve(
            branching: setTimes,
            limits: SearchLimits(timeLimit: timeLimit, maxFailures: 3_000, targetObjective: lowerBound),
            onSolution: report)
        if first.status == .optimal || first.best == nil || best == lowerBound {
            return outcome(first.status == .optimal)
        }
        let rank = Branching.rank(model.resources)
        let neighbourhood = model.neighbourhood()
        var round = 0
        while elapsed() < timeLimit {
            let lns = solver.solveLNS(
                branching: rank, neighbourhood: neighbourhood,
                limits: SearchLimits(
                    timeLimit: timeLimit - elapsed(), maxIterations: lnsIterationsPerRound << Swift.min(round, 3),
                    targetObjective: lowerBound),
                iterationFailureLimit: failLimit, initial: incumbent, onSolution: report)
            if best == lowerBound || elapsed() >= timeLimit { break }
            let budget = proofFailures << Swift.min(round, 20)
            let proof = solver.solve(
                branching: rank,
                limits: SearchLimits(
                    timeLimit: timeLimit - elapsed(), maxFailures: budget, targetObjective: lowerBound),
                initial: incumbent, onSolution: report)
            if !quiet {
                print(
                    "round \(round): lns iterations=\(lns.statistics.iterations) failures=\(lns.statistics.failures);"
                        + " proof failures=\(proof.statistics.failures) \(proof.status)")
            }
            if proof.status == .optimal { return outcome(true) }
            round += 1
        }
        return outcome(false)
    }
}
