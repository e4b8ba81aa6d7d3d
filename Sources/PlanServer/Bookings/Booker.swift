import PlanStore

/// Who asks for a booking: the lead (anything) or a tovholder (their municipality only).
public struct Booker: Sendable, Equatable {
    public var role: Role
    /// The tovholder's municipality; nil for the lead.
    public var municipality: String?
    /// As the audit table records it.
    public var principal: Principal

    public init(role: Role, municipality: String?, principal: Principal) {
        self.role = role
        self.municipality = municipality
        self.principal = principal
    }

    /// The holder of an access token (an API request, or a page session signed in with it).
    public init(token: AccessToken) {
        self.init(role: token.role, municipality: token.subject, principal: token.principal)
    }

    /// Whether this booker may act for a therapist of `municipality`: the lead for every one,
    /// a tovholder for their own.
    func mayAct(for municipality: String) -> Bool {
        switch role {
        case .lead: true
        case .tovholder: self.municipality == municipality
        case .secretariat, .psychologist: false
        }
    }
}
