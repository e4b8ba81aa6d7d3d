/// A weighted sum Σ aᵢ·xᵢ with non-zero integer coefficients, shared by the linear propagators.
struct LinearExpression {
    let coefficients: [Int]
    let variables: [IntVar]

    /// Merges duplicate variables and drops zero coefficients.
    init(_ terms: [(Int, IntVar)]) {
        var merged: [IntVar: Int] = [:]
        var order: [IntVar] = []
        for (a, x) in terms {
            if merged[x] == nil { order.append(x) }
            merged[x, default: 0] += a
        }
        var cs: [Int] = []
        var vs: [IntVar] = []
        for x in order where merged[x]! != 0 {
            cs.append(merged[x]!)
            vs.append(x)
        }
        coefficients = cs
        variables = vs
    }

    init(coefficients: [Int], variables: [IntVar]) {
        self.coefficients = coefficients
        self.variables = variables
    }

    var negated: LinearExpression {
        LinearExpression(coefficients: coefficients.map { -$0 }, variables: variables)
    }

    func minSum(_ s: Solver) -> Int {
        var total = 0
        for i in 0..<variables.count {
            let a = coefficients[i]
            total += a > 0 ? a * s.min(variables[i]) : a * s.max(variables[i])
        }
        return total
    }

    func maxSum(_ s: Solver) -> Int {
        var total = 0
        for i in 0..<variables.count {
            let a = coefficients[i]
            total += a > 0 ? a * s.max(variables[i]) : a * s.min(variables[i])
        }
        return total
    }

    func value(_ solution: Solution) -> Int {
        var total = 0
        for i in 0..<variables.count { total += coefficients[i] * solution[variables[i]] }
        return total
    }

    /// Bounds filtering of Σ aᵢ·xᵢ ≤ c. Returns whether the inequality is now entailed.
    @discardableResult
    func filterLessOrEqual(_ s: Solver, _ c: Int) throws(Inconsistency) -> Bool {
        let lo = minSum(s)
        if lo > c { throw Inconsistency() }
        let slack = c - lo
        var span = 0
        for i in 0..<variables.count {
            let a = coefficients[i]
            let x = variables[i]
            span += try LinearExpression.tighten(s, a, x, slack: slack)
        }
        let entailed = span <= slack
        return entailed
    }

    /// Tightens one term `a·x` of Σ ≤ c given the slack `c − minimum of the sum`.
    ///
    /// - Returns: the span `|a|·(max − min)` of the term after tightening (the sum is entailed
    ///   when the spans of all terms fit within the slack).
    /// - Throws: ``Inconsistency`` when a bound cannot be set.
    /// - Complexity: O(1) plus the cost of the bound change.
    @inline(__always)
    static func tighten(_ s: Solver, _ a: Int, _ x: IntVar, slack: Int) throws(Inconsistency) -> Int {
        let mn = s.min(x)
        let mx = s.max(x)
        if a > 0 {
            if a * (mx - mn) > slack {
                try s.setMax(x, mn + slack / a)
                return a * (s.max(x) - mn)
            }
            return a * (mx - mn)
        }
        if -a * (mx - mn) > slack {
            try s.setMin(x, mx - slack / -a)
            return -a * (mx - s.min(x))
        }
        return -a * (mx - mn)
    }

    func watchBounds(_ s: Solver, by p: Propagator) {
        for x in variables { s.watch(x, on: .bounds, by: p) }
    }
}
