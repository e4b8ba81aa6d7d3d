/// One person attending a meeting series.
public struct Attendee: Codable, Sendable, Equatable {
    public var name: String
    public var email: String?
    public var role: String?
    /// Set when the attendee is one of the scenario's psychologists.
    public var psychologist: String?
    /// Where the attendee travels from.
    public var origin: AttendeeOrigin

    public init(
        name: String, email: String? = nil, role: String? = nil, psychologist: String? = nil, origin: AttendeeOrigin
    ) {
        self.name = name
        self.email = email
        self.role = role
        self.psychologist = psychologist
        self.origin = origin
    }
}
