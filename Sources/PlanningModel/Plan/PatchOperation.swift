/// One JSON Patch operation (`add`, `replace` or `remove`).
public struct PatchOperation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case add, replace, remove
    }

    public var op: Kind
    /// A JSON Pointer (RFC 6901) into the scenario document.
    public var path: String
    public var value: JSONValue?

    public init(op: Kind, path: String, value: JSONValue? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }
}
