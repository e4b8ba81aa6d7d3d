/// What a new token may do: a role and, for a tovholder or a psychologist, whose data.
public struct TokenGrant: Sendable, Equatable {
    public var role: Role
    public var subject: String?

    /// - Throws: ``StoreError/invalidGrant(_:)`` when a tovholder has no municipality, a
    ///   psychologist no id, or another role has one.
    public init(role: Role, subject: String? = nil) throws(StoreError) {
        if role.needsSubject, subject?.isEmpty ?? true {
            let what = role == .tovholder ? "--municipality" : "--psychologist"
            throw .invalidGrant("a \(role.rawValue) token needs \(what)")
        }
        if !role.needsSubject, subject != nil {
            throw .invalidGrant("a \(role.rawValue) token names no municipality or psychologist")
        }
        self.role = role
        self.subject = subject
    }
}
