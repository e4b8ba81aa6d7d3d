/// How a cohort of a manual is trained.
public struct TrainingRules: Codable, Sendable, Equatable {
    /// Training days per cohort.
    public var days: Int
    /// Least number of days between consecutive training days.
    public var minGapDays: Int
    /// Most days between consecutive training days.
    public var maxGapDays: Int
    /// Fewest participants in a cohort.
    public var cohortMin: Int
    /// Most participants in a cohort.
    public var cohortMax: Int
    /// Psychologists who train each cohort.
    public var trainers: Int

    public init(days: Int, minGapDays: Int, maxGapDays: Int, cohortMin: Int, cohortMax: Int, trainers: Int) {
        self.days = days
        self.minGapDays = minGapDays
        self.maxGapDays = maxGapDays
        self.cohortMin = cohortMin
        self.cohortMax = cohortMax
        self.trainers = trainers
    }
}
