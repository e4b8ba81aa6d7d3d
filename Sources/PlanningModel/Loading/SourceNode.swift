/// A position in a source document: 1-based line and column.
struct SourceMark: Sendable, Equatable {
    var line: Int
    var column: Int

    /// Line 1, column 1: where a problem of the file as a whole is reported.
    static let start = SourceMark(line: 1, column: 1)
}

/// A parsed JSON or YAML document that remembers where each value came from.
///
/// Both readers (``JSONSourceParser`` and ``YAMLSourceReader``) produce this tree, so the
/// schema check and the mapping from a JSON path back to a line and column work the
/// same for both formats.
struct SourceNode: Sendable {
    /// The value of a node; objects keep their keys in document order.
    enum Value: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([SourceNode])
        case object([Member])
    }

    /// One key of an object, with the position of the key itself.
    struct Member: Sendable {
        var key: String
        var keyMark: SourceMark?
        var value: SourceNode
    }

    var value: Value
    var mark: SourceMark?

    /// The node at `path`, or the deepest existing node on the way there (so that an issue
    /// about a missing key points at the object that lacks it).
    func deepestNode(at path: SourcePath) -> SourceNode {
        var node = self
        for component in path.components {
            switch (component, node.value) {
            case (.key(let key), .object(let members)):
                guard let next = members.first(where: { $0.key == key })?.value else { return node }
                node = next
            case (.index(let index), .array(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return node
            }
        }
        return node
    }

    /// Human-readable JSON type name, as a schema message uses it.
    var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The plain value, without positions.
    var jsonValue: JSONValue {
        switch value {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .array(let items): .array(items.map(\.jsonValue))
        case .object(let members):
            .object(Dictionary(members.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
