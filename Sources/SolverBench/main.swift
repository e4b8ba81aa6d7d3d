print("solver-bench: not implemented yet")
