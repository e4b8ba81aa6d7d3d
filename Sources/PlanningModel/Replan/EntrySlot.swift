/// When on its date a calendar entry lies: a slot, or the whole day for a training day.
public enum EntrySlot: String, Codable, Sendable, Hashable, CaseIterable {
    /// The morning slot.
    case am
    /// The afternoon slot.
    case pm
    /// The whole workday (a training day fills both slots).
    case day

    /// The entry slot of a supervision session or a meeting held in `slot`.
    public init(_ slot: Slot) {
        switch slot {
        case .am: self = .am
        case .pm: self = .pm
        }
    }
}
