/// Whether supervision happens at a venue or online.
public enum SupervisionMode: String, Codable, Sendable, Hashable {
    case physical, virtual
}
