/// Why a JSON Patch (RFC 6902) could not be applied.
public enum JSONPatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is not a JSON Pointer (RFC 6901): it must be empty or start with `/`.
    case invalidPointer(String)
    /// The path leads nowhere in the document (a missing key, an index out of range, or a
    /// step into a value that is not an object or array).
    case pathNotFound(String)
    /// An `add` or `replace` without a `value`.
    case missingValue(String)

    public var description: String {
        switch self {
        case .invalidPointer(let path): "'\(path)' is not a JSON Pointer"
        case .pathNotFound(let path): "the path '\(path)' does not exist in the document"
        case .missingValue(let path): "the operation on '\(path)' has no value"
        }
    }
}
