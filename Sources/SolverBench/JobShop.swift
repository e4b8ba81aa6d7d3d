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
                let m = numbers[k]
                let d = numbers[k + 1]
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
    /// The machines with their order literals.
    let resources: [DisjunctiveResource]

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
                let iv = solver.interval(
                    start: head...(horizon - tail - op.duration), duration: op.duration,
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
        let resources = byMachine.map { solver.addDisjunctive($0) }
        var pairs: [(IntervalVar, IntervalVar, BoolVar)] = []
        for resource in resources {
            for pair in resource.pairs {
                pairs.append((resource.intervals[pair.first], resource.intervals[pair.second], pair.order))
            }
        }
        solver.minimize(makespan)
        self.solver = solver
        self.tasks = tasks
        self.makespan = makespan
        self.pairs = pairs
        self.allTasks = tasks.flatMap { $0 }
        self.byMachine = byMachine
        self.resources = resources
    }

    /// LNS neighbourhood: keep the incumbent's machine orders except around a chosen set of
    /// tasks, chosen in turn as a time window of the incumbent, random tasks, or tasks of a
    /// critical path (plus random ones). The relaxed share adapts: it grows after a
    /// neighbourhood was exhausted without improvement (too small) and shrinks after one
    /// ran out of failures (too large).
    func neighbourhood() -> Neighbourhood {
        let pairs = self.pairs
        let allTasks = self.allTasks
        let makespan = self.makespan
        var taskIndex: [IntVar: Int] = [:]
        for (k, t) in allTasks.enumerated() { taskIndex[t.start] = k }
        let pairTasks = pairs.map { (taskIndex[$0.0.start]!, taskIndex[$0.1.start]!) }
        // Job predecessor and machine mates of every task, by index.
        var jobPredecessor = [Int](repeating: -1, count: allTasks.count)
        for row in tasks {
            for o in 1..<row.count { jobPredecessor[taskIndex[row[o].start]!] = taskIndex[row[o - 1].start]! }
        }
        let machineMates: [[Int]] = {
            var mates = [[Int]](repeating: [], count: allTasks.count)
            for machine in byMachine {
                let ids = machine.map { taskIndex[$0.start]! }
                for k in ids { mates[k] = ids.filter { $0 != k } }
            }
            return mates
        }()
        let size = RelaxationSize()
        return Neighbourhood(
            { (solver, incumbent) throws(Inconsistency) in
                var relaxed = [Bool](repeating: false, count: allTasks.count)
                let span = incumbent[makespan]
                let share = size.share
                func draw(_ p: Double) -> Bool { Double(solver.random.next() % 1_000_000) < p * 1_000_000 }
                switch solver.random.next() % 3 {
                case 0:
                    let width = Swift.max(1, Int(Double(span) * share))
                    let from = Int(solver.random.next() % UInt64(Swift.max(1, span - width / 2)))
                    for (k, t) in allTasks.enumerated() {
                        let s = incumbent[t.start]
                        if s + t.duration > from && s < from + width { relaxed[k] = true }
                    }
                case 1:
                    for k in allTasks.indices where draw(share) { relaxed[k] = true }
                default:
                    // Walk back one critical path from a task ending at the makespan.
                    var ends = allTasks.indices.filter { incumbent[allTasks[$0].start] + allTasks[$0].duration == span }
                    var current = ends.isEmpty ? -1 : ends[Int(solver.random.next() % UInt64(ends.count))]
                    while current >= 0 {
                        if draw(0.5) { relaxed[current] = true }
                        let s = incumbent[allTasks[current].start]
                        ends.removeAll(keepingCapacity: true)
                        let j = jobPredecessor[current]
                        if j >= 0 && incumbent[allTasks[j].start] + allTasks[j].duration == s { ends.append(j) }
                        for m in machineMates[current] where incumbent[allTasks[m].start] + allTasks[m].duration == s {
                            ends.append(m)
                        }
                        current = ends.isEmpty ? -1 : ends[Int(solver.random.next() % UInt64(ends.count))]
                    }
                    for k in allTasks.indices where draw(share / 2) { relaxed[k] = true }
                }
                for (p, pair) in pairs.enumerated() where !relaxed[pairTasks[p].0] && !relaxed[pairTasks[p].1] {
                    try solver.assign(pair.2.int, incumbent[pair.2.int])
                }
            },
            feedback: { outcome in
                switch outcome {
                case .improved: break
                case .exhausted: size.share = Swift.min(0.7, size.share * 1.05)
                case .budget: size.share = Swift.max(0.05, size.share * 0.97)
                }
            })
    }
}

/// The adaptive share of tasks an LNS neighbourhood relaxes (shared by its closures).
final class RelaxationSize {
    var share = 0.3
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
