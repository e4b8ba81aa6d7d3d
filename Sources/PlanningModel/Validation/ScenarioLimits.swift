/// The bounds a scenario must keep that the schema cannot express (README "Ranges").
///
/// Like the schema's `maximum`s they are far above any real partnership and keep every
/// product the planner forms (weight × kilometres × days × needs) far from `Int` overflow,
/// and the planner's tables (days of the horizon × resources) small.
public enum ScenarioLimits {
    /// The longest horizon, in days: three years.
    public static let horizonDays = 3 * 365 + 1
    /// The most needs (therapist × manual) of one scenario.
    public static let needs = 20_000
    /// The largest scenario file, in bytes (a generated 2 000-municipality scenario has 6.5 MB).
    public static let documentBytes = 32 * 1024 * 1024
}
