/// Which public holidays apply.
public enum PublicHolidayRule: String, Codable, Sendable {
    /// Danish public holidays, computed per year.
    case dk = "DK"
    /// No public holidays.
    case none
}
