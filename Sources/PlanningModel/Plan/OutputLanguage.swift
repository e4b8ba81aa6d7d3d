/// The language of texts written for people: calendar descriptions and the report.
public enum OutputLanguage: String, Sendable, CaseIterable, Codable {
    /// Danish, the default.
    case da
    /// English.
    case en
}
