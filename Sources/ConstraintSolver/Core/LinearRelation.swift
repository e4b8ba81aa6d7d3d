/// The relation of a linear constraint Σ aᵢ·xᵢ ⋈ c.
public enum LinearRelation: Sendable, Equatable {
    /// Σ ≤ c.
    case lessOrEqual
    /// Σ ≥ c.
    case greaterOrEqual
    /// Σ = c.
    case equal
    /// Σ ≠ c.
    case notEqual
}
