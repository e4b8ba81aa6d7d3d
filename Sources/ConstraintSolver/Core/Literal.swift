/// A Boolean variable or its negation, used to enforce (half-reify) constraints.
public struct Literal: Hashable, Sendable {
    /// The variable.
    public let variable: BoolVar
    /// `true` for the variable itself, `false` for its negation.
    public let isPositive: Bool

    /// Creates a literal.
    ///
    /// - Parameters:
    ///   - variable: the Boolean variable.
    ///   - isPositive: `false` to mean "not variable".
    public init(_ variable: BoolVar, isPositive: Bool = true) {
        self.variable = variable
        self.isPositive = isPositive
    }

    /// The opposite literal.
    public var negated: Literal { Literal(variable, isPositive: !isPositive) }
}

extension BoolVar {
    /// The literal "this variable is true".
    public var isTrue: Literal { Literal(self) }
    /// The literal "this variable is false".
    public var isFalse: Literal { Literal(self, isPositive: false) }
}

extension Solution {
    /// Whether a literal holds in this solution.
    ///
    /// - Parameter literal: a literal.
    /// - Returns: its truth value.
    public func holds(_ literal: Literal) -> Bool {
        (values[literal.variable.index] != 0) == literal.isPositive
    }
}
