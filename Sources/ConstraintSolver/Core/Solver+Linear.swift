/// Linear constraints, reification and Boolean helpers.
extension Solver {
    /// Posts Σ aᵢ·xᵢ ⋈ c.
    ///
    /// Duplicate variables are merged and zero coefficients dropped. Filtering is bounds
    /// reasoning in O(n) per run, which suits long sums of weighted Booleans.
    ///
    /// - Parameters:
    ///   - terms: (coefficient, variable) pairs.
    ///   - relation: the relation.
    ///   - rhs: the constant c.
    public func addLinear(_ terms: [(Int, IntVar)], _ relation: LinearRelation, _ rhs: Int) {
        let e = LinearExpression(terms)
        switch relation {
        case .lessOrEqual: add(LinearLessOrEqual(e, rhs))
        case .greaterOrEqual: add(LinearLessOrEqual(e.negated, -rhs))
        case .equal:
            add(LinearLessOrEqual(e, rhs))
            add(LinearLessOrEqual(e.negated, -rhs))
        case .notEqual: add(LinearNotEqual(e, rhs))
        }
    }

    /// Posts literal ⇒ (Σ aᵢ·xᵢ ⋈ c) (half-reification).
    ///
    /// If the relation cannot hold, the literal is made false.
    ///
    /// - Parameters:
    ///   - terms: (coefficient, variable) pairs.
    ///   - relation: `.lessOrEqual`, `.greaterOrEqual`, `.equal` or `.notEqual`.
    ///   - rhs: the constant c.
    ///   - literal: the enforcing literal.
    public func addLinear(_ terms: [(Int, IntVar)], _ relation: LinearRelation, _ rhs: Int, enforcedBy literal: Literal)
    {
        let e = LinearExpression(terms)
        switch relation {
        case .lessOrEqual: add(HalfReifiedLinear(literal, e, rhs))
        case .greaterOrEqual: add(HalfReifiedLinear(literal, e.negated, -rhs))
        case .equal:
            add(HalfReifiedLinear(literal, e, rhs))
            add(HalfReifiedLinear(literal, e.negated, -rhs))
        case .notEqual:
            // literal ⇒ (Σ ≤ c-1 ∨ Σ ≥ c+1), through an auxiliary choice.
            let below = boolVar()
            addLinear(terms, .lessOrEqual, rhs - 1, enforcedBy: Literal(below))
            let above = boolVar()
            addLinear(terms, .greaterOrEqual, rhs + 1, enforcedBy: Literal(above))
            addClause([literal.negated, below.isTrue, above.isTrue])
        }
    }

    /// Posts b ⇔ (Σ aᵢ·xᵢ ⋈ c) (full reification).
    ///
    /// - Parameters:
    ///   - terms: (coefficient, variable) pairs.
    ///   - relation: the relation.
    ///   - rhs: the constant c.
    ///   - b: the Boolean that equals the truth of the relation.
    public func addLinear(_ terms: [(Int, IntVar)], _ relation: LinearRelation, _ rhs: Int, reifiedBy b: BoolVar) {
        let e = LinearExpression(terms)
        switch relation {
        case .lessOrEqual:
            add(HalfReifiedLinear(b.isTrue, e, rhs))
            add(HalfReifiedLinear(b.isFalse, e.negated, -rhs - 1))
        case .greaterOrEqual:
            add(HalfReifiedLinear(b.isTrue, e.negated, -rhs))
            add(HalfReifiedLinear(b.isFalse, e, rhs - 1))
        case .equal:
            add(ReifiedLinearEqual(b, e, rhs))
        case .notEqual:
            add(ReifiedLinearEqual(not(b), e, rhs))
        }
    }

    /// A new variable equal to Σ aᵢ·xᵢ, with the bounds the terms allow.
    ///
    /// - Parameters:
    ///   - terms: (coefficient, variable) pairs.
    ///   - name: an optional name.
    /// - Returns: the sum variable.
    public func sum(_ terms: [(Int, IntVar)], name: String? = nil) -> IntVar {
        let e = LinearExpression(terms)
        let s = intVar(e.minSum(self)...e.maxSum(self), name: name)
        addLinear(terms + [(-1, s)], .equal, 0)
        return s
    }

    /// The negation of a Boolean, as a new variable tied by b + ¬b = 1.
    ///
    /// - Parameter b: a Boolean variable.
    /// - Returns: a Boolean equal to 1 - b.
    public func not(_ b: BoolVar) -> BoolVar {
        let n = boolVar()
        addLinear([(1, b.int), (1, n.int)], .equal, 1)
        return n
    }

    /// Posts a clause: at least one literal holds.
    ///
    /// - Parameter literals: the literals; an empty clause makes the model infeasible.
    public func addClause(_ literals: [Literal]) {
        var terms: [(Int, IntVar)] = []
        var negatives = 0
        for l in literals {
            terms.append((l.isPositive ? 1 : -1, l.variable.int))
            if !l.isPositive { negatives += 1 }
        }
        if terms.isEmpty {
            isInfeasible = true
            return
        }
        addLinear(terms, .greaterOrEqual, 1 - negatives)
    }

    /// Posts a ⇒ b.
    ///
    /// - Parameters:
    ///   - a: the premise.
    ///   - b: the conclusion.
    public func addImplication(_ a: Literal, _ b: Literal) {
        addClause([a.negated, b])
    }
}
