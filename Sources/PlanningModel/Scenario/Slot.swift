/// Half-day slot of a workday.
public enum Slot: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case am, pm

    public static func < (lhs: Slot, rhs: Slot) -> Bool { lhs == .am && rhs == .pm }
}
