import ConstraintSolver

/// A job-shop instance in the OR-Library format.
struct JobShopInstance {
    /// `operations[j]` is job j's sequence of (machine, duration).
    var operations: [[(machine: Int, duration: Int)]]
    var machines: Int

    /// Parses "jobs machines" then one line per job of `machine duration` pairs.
    init(text: String) throws(BenchError) {
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .compactMap { Int($0) }
        guard numbers.count >= 2 else { throw .invalidInstance("missing header 'jobs machines'") }
        let jobs = numbers[0]
        machines = numbers[1]
        guard numbers.count >= 2 + jobs * machines * 2 else {
            throw .invalidInstance("expected \(jobs * machines) machine/duration pairs")
        }
        operations = []
        var k = 2
        for _ in 0..<jobs {
            var ops: [(Int, Int)] = []
            for _ in 0..<machines {
                let m = numbers[k], d = numbers[k + 1]
                guard m >= 0 && m < machines && d >= 0 else { throw .invalidInstance("bad pair \(m) \(d)") }
                ops.append((m, d))
                k += 2
            }
            operations.append(ops)
        }
    }
}

/// The CP model of a job-shop instance.
struct JobShopModel {
    let solver: Solver
    let tasks: [[IntervalVar]]
    let makespan: IntVar
    /// Pairs on the same machine with their order literal (true: first before second).
    let pairs: [(IntervalVar, IntervalVar, BoolVar)]
    let allTasks: [IntervalVar]
    let byMachine: [[IntervalVar]]

    init(_ instance: JobShopInstance, seed: UInt64) {
        let solver = Solver(seed: seed)
        let horizon = instance.operations.joined().reduce(0) { $0 + $1.duration }
        var tasks: [[IntervalVar]] = []
        var byMachine = [[IntervalVar]](repeating: [], count: instance.machines)
        for (j, ops) in instance.operations.enumerated() {
            var head = 0
            var tail = ops.reduce(0) { $0 + $1.duration }
            var row: [IntervalVar] = []
            for (o, op) in ops.enumerated() {
                tail -= op.duration
                let iv = solver.interval(start: head...(horizon - tail - op.duration), duration: op.duration,
                                         name: "j\(j)o\(o)")
                head += op.duration
                row.append(iv)
                byMachine[op.machine].append(iv)
            }
            for o in 1..<row.count { solver.addPrecedence(row[o - 1], row[o]) }
            tasks.append(row)
        }
        let makespan = solver.intVar(0...horizon, name: "makespan")
        for row in tasks {
            let last = row[row.count - 1]
            solver.addLinear([(1, last.start), (-1, makespan)], .lessOrEqual, -last.duration)
        }
        var pairs: [(IntervalVar, IntervalVar, BoolVar)] = []
        for machineTasks in byMachine {
            for a in 0..<machineTasks.count {
                for b in (a + 1)..<machineTasks.count {
                    let x = machineTasks[a], y = machineTasks[b]
                    let order = solver.boolVar()
                    solver.addLinear([(1, x.start), (-1, y.start)], .lessOrEqual, -x.duration, enforcedBy: order.isTrue)
                    solver.addLinear([(1, y.start), (-1, x.start)], .lessOrEqual, -y.duration, enforcedBy: order.isFalse)
                    pairs.append((x, y, order))
                }
            }
            solver.addNoOverlap(machineTasks)
        }
        solver.minimize(makespan)
        self.solver = solver
        self.tasks = tasks
        self.makespan = makespan
        self.pairs = pairs
        self.allTasks = tasks.flatMap { $0 }
        self.byMachine = byMachine
    }

    /// LNS neighbourhood: keep the incumbent's machine order except around a random set of
    /// tasks (a time window of the incumbent schedule, or random tasks).
    func neighbourhood(relaxPercent: UInt64 = 30) -> Neighbourhood {
        let pairs = self.pairs
        let allTasks = self.allTasks
        let makespan = self.makespan
        var taskIndex: [IntVar: Int] = [:]
        for (k, t) in allTasks.enumerated() { taskIndex[t.start] = k }
        let pairTasks = pairs.map { (taskIndex[$0.0.start]!, taskIndex[$0.1.start]!) }
        return Neighbourhood { (solver, incumbent) throws(Inconsistency) in
            var relaxed = [Bool](repeating: false, count: allTasks.count)
            let span = incumbent[makespan]
            let kind = solver.random.next() % 2
            if kind == 0 {
                let width = span / 4 + Int(solver.random.next() % UInt64(Swift.max(1, span / 3)))
                let from = Int(solver.random.next() % UInt64(Swift.max(1, span - width / 2)))
                for (k, t) in allTasks.enumerated() {
                    let s = incumbent[t.start]
                    if s + t.duration > from && s < from + width { relaxed[k] = true }
                }
            } else {
                for k in allTasks.indices where solver.random.next() % 100 < relaxPercent { relaxed[k] = true }
            }
            for (p, pair) in pairs.enumerated() where !relaxed[pairTasks[p].0] && !relaxed[pairTasks[p].1] {
                try solver.assign(pair.2.int, incumbent[pair.2.int])
            }
        }
    }
}

/// Command-line errors of the benchmark driver.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case invalidInstance(String)
    case unreadable(String)

    var description: String {
        switch self {
        case .usage(let m): return m
        case .invalidInstance(let m): return "invalid instance: \(m)"
        case .unreadable(let m): return "cannot read \(m)"
        }
    }
}
