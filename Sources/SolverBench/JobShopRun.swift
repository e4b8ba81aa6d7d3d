import ConstraintSolver

/// Formats seconds with three decimals without Foundation.
func format3(_ x: Double) -> String {
    let ms = Int((x * 1000).rounded())
    let frac = ms % 1000
    return "\(ms / 1000)." + String(repeating: "0", count: frac < 10 ? 2 : frac < 100 ? 1 : 0) + "\(frac)"
}

/// Solves one instance: complete branch and bound under a failure budget (proves small
/// instances), then LNS on the machine orders for the rest of the time.
struct JobShopRun {
    let instance: JobShopInstance
    let seed: UInt64
    let timeLimit: Double
    let quiet: Bool
    var failLimit = 300

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
        var timeToBest = 0.0
        let report: (Solution) -> Void = { solution in
            best = solution[model.makespan]
            timeToBest = elapsed()
            if !quiet { print("t=\(format3(timeToBest)) makespan=\(best)") }
        }
        let branching = Branching.setTimes(model.allTasks, in: solver)
        let first = solver.solve(
            branching: branching,
            limits: SearchLimits(timeLimit: timeLimit, maxFailures: 3_000, targetObjective: lowerBound),
            onSolution: report)
        if first.status == .optimal || first.best == nil {
            return Outcome(makespan: best, optimal: first.status == .optimal, elapsed: elapsed(), timeToBest: timeToBest)
        }
        if best == lowerBound {
            return Outcome(makespan: best, optimal: true, elapsed: elapsed(), timeToBest: timeToBest)
        }
        let remaining = timeLimit - elapsed()
        if remaining > 0 {
            let lns = solver.solveLNS(
                branching: branching, neighbourhood: model.neighbourhood(),
                limits: SearchLimits(timeLimit: remaining, targetObjective: lowerBound), iterationFailureLimit: failLimit,
                initial: first.best, onSolution: { solution in
                    report(solution)
                })
            if !quiet {
                let st = lns.statistics
                print("lns iterations=\(st.iterations) nodes=\(st.nodes) failures=\(st.failures)")
            }
        }
        return Outcome(makespan: best, optimal: best == lowerBound, elapsed: elapsed(), timeToBest: timeToBest)
    }
}
