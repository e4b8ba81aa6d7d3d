import Foundation

/// One row of the audit table: who changed what, when, and the value before and after.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int
    public var at: Date
    public var who: Principal
    /// What was done, for example `plan.create`, `plan.publish`, `token.create`, `token.revoke`.
    public var action: String
    /// What it was done to, for example `version 3` or `token 7`.
    public var target: String
    /// A JSON text of the value before the change; nil when there was none.
    public var before: String?
    /// A JSON text of the value after the change; nil when there is none.
    public var after: String?

    public init(
        id: Int, at: Date, who: Principal, action: String, target: String, before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.who = who
        self.action = action
        self.target = target
        self.before = before
        self.after = after
    }
}
