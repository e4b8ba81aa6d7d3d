/// Travel settings (PROBLEM.md §5).
public struct TravelSettings: Codable, Sendable, Equatable {
    /// Factor from great-circle to road distance (default 1.3).
    public var roadFactor: Double

    public init(roadFactor: Double = 1.3) {
        self.roadFactor = roadFactor
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        roadFactor = try c.decodeIfPresent(Double.self, forKey: .roadFactor) ?? 1.3
    }
}
