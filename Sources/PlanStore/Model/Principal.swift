/// Who made a change, as the audit table records it: a role and, where the role has one,
/// the municipality or psychologist, plus the token that was used.
public struct Principal: Sendable, Equatable, Codable {
    /// A role of ``Role``, or `server` for what the server does by itself (the first start).
    public var role: String
    /// The municipality (tovholder) or psychologist id, nil for the lead and the secretariat.
    public var subject: String?
    /// The number of the token used, nil for the server and the command line.
    public var tokenID: Int?

    public init(role: String, subject: String? = nil, tokenID: Int? = nil) {
        self.role = role
        self.subject = subject
        self.tokenID = tokenID
    }

    /// The server itself, for example when it imports and publishes the default plan.
    public static let server = Principal(role: "server")

    /// The administrator at the command line (`stime-planner token …`).
    public static let commandLine = Principal(role: "command-line")
}
