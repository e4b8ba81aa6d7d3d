/// Weights of the objective terms S1–S10 (PROBLEM.md §5) and S11 (REPLAN.md).
public struct Weights: Codable, Sendable, Equatable {
    /// S1, per unassigned need.
    public var unassigned: Int
    /// S2, per kilometre travelled.
    public var travelPerKm: Int
    /// S3, per day waited.
    public var waitPerDay: Int
    /// S4, per extra cohort a municipality's therapists are split across.
    public var split: Int
    /// S5, per activity in a school holiday.
    public var schoolHoliday: Int
    /// S6, per day of the busiest psychologist.
    public var peakLoad: Int
    /// S7, per supervision group not led by one of its cohort's trainers.
    public var continuity: Int
    /// S8, per day a meeting gap differs from the even spread.
    public var meetingSpread: Int
    /// S9, per supervision gap not equal to the cadence.
    public var irregular: Int
    /// S10, per supervision session a member cannot attend.
    public var missedSupervision: Int
    /// S11, per calendar entry that changes for a person in a re-plan.
    public var perturbation: Int

    public init(
        unassigned: Int = 10000, travelPerKm: Int = 1, waitPerDay: Int = 2, split: Int = 300,
        schoolHoliday: Int = 1000, peakLoad: Int = 50, continuity: Int = 100, meetingSpread: Int = 5,
        irregular: Int = 100, missedSupervision: Int = 150, perturbation: Int = 100
    ) {
        self.unassigned = unassigned
        self.travelPerKm = travelPerKm
        self.waitPerDay = waitPerDay
        self.split = split
        self.schoolHoliday = schoolHoliday
        self.peakLoad = peakLoad
        self.continuity = continuity
        self.meetingSpread = meetingSpread
        self.irregular = irregular
        self.missedSupervision = missedSupervision
        self.perturbation = perturbation
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Weights()
        unassigned = try c.decodeIfPresent(Int.self, forKey: .unassigned) ?? d.unassigned
        travelPerKm = try c.decodeIfPresent(Int.self, forKey: .travelPerKm) ?? d.travelPerKm
        waitPerDay = try c.decodeIfPresent(Int.self, forKey: .waitPerDay) ?? d.waitPerDay
        split = try c.decodeIfPresent(Int.self, forKey: .split) ?? d.split
        schoolHoliday = try c.decodeIfPresent(Int.self, forKey: .schoolHoliday) ?? d.schoolHoliday
        peakLoad = try c.decodeIfPresent(Int.self, forKey: .peakLoad) ?? d.peakLoad
        continuity = try c.decodeIfPresent(Int.self, forKey: .continuity) ?? d.continuity
        meetingSpread = try c.decodeIfPresent(Int.self, forKey: .meetingSpread) ?? d.meetingSpread
        irregular = try c.decodeIfPresent(Int.self, forKey: .irregular) ?? d.irregular
        missedSupervision = try c.decodeIfPresent(Int.self, forKey: .missedSupervision) ?? d.missedSupervision
        perturbation = try c.decodeIfPresent(Int.self, forKey: .perturbation) ?? d.perturbation
    }
}
