/// Large-neighbourhood search.
extension Solver {
    /// Large-neighbourhood search: repeatedly fix part of the incumbent and re-solve the
    /// rest by depth-first branch and bound under a failure limit; keep the best.
    ///
    /// Without `initial`, a first solution is found by depth-first search (bounded only by
    /// `limits`). Then each iteration applies `neighbourhood` at a saved level and searches
    /// for strictly better solutions with at most `iterationFailureLimit` failures; every
    /// improvement becomes the incumbent and is passed to `onSolution`. One iteration of
    /// ``SearchLimits/maxIterations`` is one neighbourhood. With the same model, seed
    /// (``random``) and iteration limit the same solutions come in the same order.
    ///
    /// LNS does not prove optimality: the status is `.feasible` unless the initial search
    /// already exhausted the tree (`.optimal` / `.infeasible`).
    ///
    /// - Parameters:
    ///   - branching: the branching used inside each neighbourhood.
    ///   - neighbourhood: which part of the incumbent to keep.
    ///   - limits: when to stop.
    ///   - iterationFailureLimit: failures allowed in one neighbourhood.
    ///   - initial: a known solution to start from (e.g. from a previous `solve`).
    ///   - onSolution: called with each improving solution.
    /// - Returns: the best solution and statistics.
    @discardableResult
    public func solveLNS(
        branching: Branching, neighbourhood: Neighbourhood, limits: SearchLimits = .none,
        iterationFailureLimit: Int = 200, initial: Solution? = nil,
        onSolution: @escaping (Solution) -> Void = { _ in }
    ) -> SearchResult {
        precondition(objective != nil, "LNS needs an objective: call minimize(_:)")
        let context = SearchContext(limits: limits, onSolution: onSolution)
        return runLNS(context, branching, neighbourhood, iterationFailureLimit, initial)
    }

    func runLNS(
        _ context: SearchContext, _ branching: Branching, _ neighbourhood: Neighbourhood,
        _ iterationFailureLimit: Int, _ initial: Solution?
    ) -> SearchResult {
        if isInfeasible { return context.result(exhausted: true) }
        if let initial {
            context.best = initial
        } else {
            var firstLimits = context.limits
            firstLimits.maxSolutions = 1
            let first = SearchContext(limits: firstLimits, onSolution: context.onSolution)
            first.sharedBound = context.sharedBound
            let end = depthFirst(branching, first, failureBudget: nil)
            context.statistics.nodes += first.statistics.nodes
            context.statistics.failures += first.statistics.failures
            context.statistics.solutions += first.statistics.solutions
            context.statistics.timeToBest = first.statistics.timeToBest
            context.best = first.best
            if end == .exhausted { return context.result(exhausted: true) }
            if first.best == nil { return context.result(exhausted: false) }
        }
        var iteration = 0
        while !context.checkLimits() {
            if let m = context.limits.maxIterations, iteration >= m { break }
            iteration += 1
            context.statistics.iterations = iteration
            if let outside = context.sharedIncumbent?(), let value = outside.objective {
                if value < context.best?.objective ?? Int.max { context.best = outside }
            }
            guard let incumbent = context.best else { break }
            let solutionsBefore = context.statistics.solutions
            let end = trail.withSavedState { () -> DFSEnd in
                do {
                    try neighbourhood.apply(self, incumbent)
                    return depthFirst(branching, context, failureBudget: iterationFailureLimit)
                } catch {
                    clearQueue()
                    context.statistics.failures += 1
                    return .exhausted
                }
            }
            if let feedback = neighbourhood.feedback, end != .stopped || context.statistics.solutions > solutionsBefore
            {
                feedback(
                    context.statistics.solutions > solutionsBefore
                        ? .improved : end == .exhausted ? .exhausted : .budget)
            }
        }
        return context.result(exhausted: false)
    }
}
