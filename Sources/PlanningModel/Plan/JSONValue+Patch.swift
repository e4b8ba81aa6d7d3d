extension JSONValue {
    /// This document with a JSON Patch (RFC 6902) applied: `add`, `replace` and `remove`, with
    /// JSON Pointers (RFC 6901) where `-` as the last array step appends.
    ///
    /// The planner applies a suggestion's patch to ``LoadedScenario/document`` and re-solves
    /// to verify it. Operations apply in order; any failure leaves no partial result.
    ///
    /// - Parameter patch: the operations.
    /// - Returns: the patched document.
    /// - Throws: ``JSONPatchError`` for a malformed pointer, a path that does not exist or a
    ///   missing value.
    public func applying(_ patch: [PatchOperation]) throws(JSONPatchError) -> JSONValue {
        var document = self
        for operation in patch {
            let tokens = try Self.tokens(of: operation.path)
            switch operation.op {
            case .add, .replace:
                guard let value = operation.value else { throw .missingValue(operation.path) }
                try document.set(value, at: tokens[...], inserting: operation.op == .add, pointer: operation.path)
            case .remove:
                guard !tokens.isEmpty else { throw .pathNotFound(operation.path) }
                try document.remove(at: tokens[...], pointer: operation.path)
            }
        }
        return document
    }

    /// The value a JSON Pointer points at, or nil.
    public func value(at pointer: String) -> JSONValue? {
        guard let tokens = try? Self.tokens(of: pointer) else { return nil }
        var node = self
        for token in tokens {
            switch node {
            case .object(let members):
                guard let next = members[token] else { return nil }
                node = next
            case .array(let items):
                guard let index = Self.index(token), items.indices.contains(index) else { return nil }
                node = items[index]
            default:
                return nil
            }
        }
        return node
    }

    /// The unescaped reference tokens of a JSON Pointer.
    static func tokens(of pointer: String) throws(JSONPatchError) -> [String] {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { throw .invalidPointer(pointer) }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).replacing("~1", with: "/").replacing("~0", with: "~")
        }
    }

    /// An array index token: digits without leading zeros.
    private static func index(_ token: String) -> Int? {
        guard !token.isEmpty, token.allSatisfy({ $0.isASCII && $0.isNumber }),
            token == "0" || !token.hasPrefix("0")
        else { return nil }
        return Int(token)
    }

    private mutating func set(
        _ value: JSONValue, at tokens: ArraySlice<String>, inserting: Bool, pointer: String
    ) throws(JSONPatchError) {
        guard let token = tokens.first else {
            self = value
            return
        }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var members):
            if rest.isEmpty {
                guard inserting || members[token] != nil else { throw .pathNotFound(pointer) }
                members[token] = value
            } else {
                guard var child = members[token] else { throw .pathNotFound(pointer) }
                try child.set(value, at: rest, inserting: inserting, pointer: pointer)
                members[token] = child
            }
            self = .object(members)
        case .array(var items):
            if rest.isEmpty {
                if inserting {
                    if token == "-" {
                        items.append(value)
                    } else {
                        guard let index = Self.index(token), index <= items.count else { throw .pathNotFound(pointer) }
                        items.insert(value, at: index)
                    }
                } else {
                    guard let index = Self.index(token), items.indices.contains(index) else {
                        throw .pathNotFound(pointer)
                    }
                    items[index] = value
                }
            } else {
                guard let index = Self.index(token), items.indices.contains(index) else { throw .pathNotFound(pointer) }
                try items[index].set(value, at: rest, inserting: inserting, pointer: pointer)
            }
            self = .array(items)
        default:
            throw .pathNotFound(pointer)
        }
    }

    private mutating func remove(at tokens: ArraySlice<String>, pointer: String) throws(JSONPatchError) {
        guard let token = tokens.first else { return }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var members):
            if rest.isEmpty {
                guard members.removeValue(forKey: token) != nil else { throw .pathNotFound(pointer) }
            } else {
                guard var child = members[token] else { throw .pathNotFound(pointer) }
                try child.remove(at: rest, pointer: pointer)
                members[token] = child
            }
            self = .object(members)
        case .array(var items):
            guard let index = Self.index(token), items.indices.contains(index) else { throw .pathNotFound(pointer) }
            if rest.isEmpty {
                items.remove(at: index)
            } else {
                try items[index].remove(at: rest, pointer: pointer)
            }
            self = .array(items)
        default:
            throw .pathNotFound(pointer)
        }
    }
}
