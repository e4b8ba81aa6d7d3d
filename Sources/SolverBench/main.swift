import ConstraintSolver
print("solver-bench")
