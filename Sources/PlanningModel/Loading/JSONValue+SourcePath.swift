extension JSONValue {
    /// This value with `value` put at `path` (a missing last key is added); unchanged where
    /// the path leads nowhere.
    func setting(_ value: JSONValue, at path: SourcePath) -> JSONValue {
        setting(value, at: path.components[...])
    }

    private func setting(_ value: JSONValue, at rest: ArraySlice<SourcePath.Component>) -> JSONValue {
        guard let first = rest.first else { return value }
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if rest.count == 1 {
                members[key] = value
            } else if let member = members[key] {
                members[key] = member.setting(value, at: rest.dropFirst())
            }
            return .object(members)
        case (.array(var items), .index(let index)) where items.indices.contains(index):
            items[index] = items[index].setting(value, at: rest.dropFirst())
            return .array(items)
        default:
            return self
        }
    }
}
