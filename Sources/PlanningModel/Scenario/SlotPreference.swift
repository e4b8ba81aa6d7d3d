/// The slot a manual's supervision must use.
public enum SlotPreference: String, Codable, Sendable, Hashable {
    case am, pm, any
}
