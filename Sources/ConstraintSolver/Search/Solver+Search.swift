/// Depth-first search with branch and bound, limits and restarts.
extension Solver {
    /// How a depth-first search call ended.
    enum DFSEnd {
        /// The whole (sub)tree was explored.
        case exhausted
        /// The local failure budget ran out.
        case budget
        /// A global limit stopped the search.
        case stopped
    }

    /// Depth-first search for all solutions (satisfaction) or improving solutions
    /// (after ``minimize(_:)``: branch and bound, each solution
    /// strictly better than the last).
    ///
    /// The search works on an explicit stack (no recursion), saving the trail before each
    /// alternative and restoring it afterwards; the model is back in its root state when
    /// the call returns, so `solve` can be called again.
    ///
    /// - Parameters:
    ///   - branching: the branching strategy.
    ///   - limits: when to stop.
    ///   - initial: a known solution when optimising (e.g. from LNS): only strictly better
    ///     ones are searched, and an exhausted tree proves it optimal (status `.optimal`,
    ///     `best` is `initial`).
    ///   - onSolution: called with each solution (each improving one when optimising).
    /// - Returns: the status, the last solution and statistics.
    /// - Complexity: exponential in the worst case; bounded by the limits.
    @discardableResult
    public func solve(
        branching: Branching, limits: SearchLimits = .none, initial: Solution? = nil,
        onSolution: @escaping (Solution) -> Void = { _ in }
    ) -> SearchResult {
        let context = SearchContext(limits: limits, onSolution: onSolution)
        if objective != nil { context.best = initial }
        if isInfeasible { return context.result(exhausted: true) }
        let end = depthFirst(branching, context, failureBudget: nil)
        return context.result(exhausted: end == .exhausted)
    }

    /// Restarted depth-first search: each run stops after a failure budget that grows by
    /// the policy; the incumbent bound carries over between runs.
    ///
    /// Restarts pay off with randomised branchings (``ValueChoice/random`` or custom
    /// branchings drawing from ``random``). One iteration of the limits is one run.
    ///
    /// - Parameters:
    ///   - branching: the branching strategy.
    ///   - restarts: the failure budget of each run.
    ///   - limits: when to stop.
    ///   - onSolution: called with each improving solution.
    /// - Returns: `.optimal`/`.infeasible` only if a run exhausted its tree.
    @discardableResult
    public func solveWithRestarts(
        branching: Branching, restarts: RestartPolicy = .luby(scale: 100), limits: SearchLimits = .none,
        onSolution: @escaping (Solution) -> Void = { _ in }
    ) -> SearchResult {
        let context = SearchContext(limits: limits, onSolution: onSolution)
        if isInfeasible { return context.result(exhausted: true) }
        var run = 0
        while !context.checkLimits() {
            if let m = limits.maxIterations, run >= m { break }
            run += 1
            context.statistics.iterations = run
            let end = depthFirst(branching, context, failureBudget: restarts.budget(ofRun: run))
            if end == .exhausted { return context.result(exhausted: true) }
            if end == .stopped { break }
        }
        return context.result(exhausted: false)
    }

    /// Tightens the objective against the incumbent (strict improvement).
    @inline(__always)
    func applyBound(_ context: SearchContext) throws(Inconsistency) {
        guard let obj = objective else { return }
        var bound = context.best?.objective
        if let shared = context.sharedBound?() {
            bound = bound.map { Swift.min($0, shared) } ?? shared
        }
        guard let b = bound else { return }
        try setMax(obj, b - 1)
    }

    /// Alternatives of the user branching, or labelling of any remaining unfixed variable.
    func nextBranches(_ branching: Branching) -> [Branch] {
        let branches = branching.select(self)
        if !branches.isEmpty { return branches }
        for i in 0..<vars.count where trail.values[vars[i].cell + 2] > 1 {
            return Branching.alternatives(self, IntVar(index: i), .smallest)
        }
        return []
    }

    func recordSolution(_ context: SearchContext) {
        var values = [Int](repeating: 0, count: vars.count)
        for i in 0..<vars.count { values[i] = trail.values[vars[i].cell] }
        let solution = Solution(values: values, objective: objective.map { values[$0.index] })
        if verifiesSolutions { verify(solution) }
        context.best = solution
        context.statistics.solutions += 1
        context.statistics.timeToBest = context.elapsed
        context.onSolution(solution)
    }

    /// The depth-first engine shared by every search mode; leaves the trail as it found it.
    func depthFirst(_ branching: Branching, _ context: SearchContext, failureBudget: Int?) -> DFSEnd {
        trail.withSavedState { searchFrame(branching, context, failureBudget: failureBudget) }
    }

    /// The body of ``depthFirst(_:_:failureBudget:)``, inside its saved trail level.
    private func searchFrame(_ branching: Branching, _ context: SearchContext, failureBudget: Int?) -> DFSEnd {
        struct Frame {
            let branches: [Branch]
            var next: Int
        }
        do {
            try applyBound(context)
            try propagate()
        } catch {
            clearQueue()
            context.statistics.failures += 1
            return .exhausted
        }
        let failuresAtStart = context.statistics.failures
        var stack: [Frame] = []
        var expand = true
        while true {
            if expand {
                expand = false
                if context.checkLimits() { return .stopped }
                let branches = nextBranches(branching)
                if branches.isEmpty {
                    recordSolution(context)
                    if context.checkLimits() { return .stopped }
                    if !stack.isEmpty { trail.popLevel() }
                } else {
                    stack.append(Frame(branches: branches, next: 0))
                }
            }
            guard let top = stack.indices.last else { return .exhausted }
            if stack[top].next < stack[top].branches.count {
                if context.checkLimits() { return .stopped }
                let branch = stack[top].branches[stack[top].next]
                stack[top].next += 1
                context.statistics.nodes += 1
                trail.pushLevel()
                do {
                    try branch.run()
                    try applyBound(context)
                    try propagate()
                    expand = true
                } catch {
                    clearQueue()
                    context.statistics.failures += 1
                    trail.popLevel()
                    if let budget = failureBudget, context.statistics.failures - failuresAtStart >= budget {
                        return .budget
                    }
                }
            } else {
                stack.removeLast()
                if !stack.isEmpty { trail.popLevel() }
            }
        }
    }
}
