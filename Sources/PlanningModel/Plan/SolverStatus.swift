/// Whether the plan is proven optimal, merely feasible, or no plan was found.
public enum SolverStatus: String, Codable, Sendable {
    case optimal, feasible, infeasible
}
