import ArgumentParser
import Planner
import PlanningModel

/// The search limits of `plan` and `replan`: `--iterations` is the work budget and
/// `--time-limit` a safety cap, 10 s unless `--iterations` is given, and always the one given.
enum SearchBudget {
    /// Rejects a `--time-limit` that is no positive number and a negative `--iterations`.
    static func validate(timeLimit: Double?, iterations: Int?) throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
        if let iterations, iterations < 0 {
            throw ValidationError("--iterations must not be negative")
        }
    }

    /// The planner's options for the command's seed, limits and language.
    static func options(seed: UInt64, timeLimit: Double?, iterations: Int?, language: OutputLanguage)
        -> PlannerOptions
    {
        var options = PlannerOptions(
            seed: seed, timeLimit: timeLimit ?? (iterations == nil ? 10 : nil), iterations: iterations)
        options.language = language
        return options
    }
}
