/// What a token may do (SERVICE.md, "Starting it").
public enum Role: String, Sendable, Codable, CaseIterable {
    /// The BUA project lead: every plan, version, token and feed.
    case lead
    /// The secretariat: the plan, the scenario and the meeting calendars.
    case secretariat
    /// A municipality's STIME tovholder: that municipality's therapists only.
    case tovholder
    /// A BUA psychologist: their own schedule.
    case psychologist

    /// Whether a token of this role names the municipality or psychologist it belongs to.
    public var needsSubject: Bool { self == .tovholder || self == .psychologist }
}
