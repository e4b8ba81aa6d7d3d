// libyaml's event parser, the C library Yams is built on: the one place that sees aliases
// before Yams composes them into shared nodes (and hashes mapping keys in full).
import CYaml

/// Guards against YAML "billion laughs": a few nested aliases that expand into millions of
/// nodes. Before the document is composed, its events are walked once and every alias is
/// charged the size of what it stands for; past the budget the document is rejected with
/// the alias's position.
///
/// A document without aliases always passes; one that uses aliases for sharing a few lists
/// stays far below the budget.
struct YAMLExpansionBudget {
    /// A document whose aliases expand too far, or the position and the reason.
    struct Exceeded: Error, Sendable {
        var mark: SourceMark
        var message: String
    }

    /// Nodes that aliases may add in total.
    var maxNodes = 100_000
    /// Characters of scalars that aliases may add in total.
    var maxCharacters = 10_000_000

    private struct Size {
        var nodes = 0
        var characters = 0

        static func + (lhs: Size, rhs: Size) -> Size {
            Size(nodes: lhs.nodes + rhs.nodes, characters: lhs.characters + rhs.characters)
        }
    }

    /// Walks the events of `text`; a syntax error ends the walk silently (Yams reports it).
    ///
    /// - Throws: ``Exceeded`` at the first alias that takes the expansion past the budget.
    func check(_ text: String) throws(Exceeded) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { (buffer) throws(Exceeded) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try walk(&parser)
        }
    }

    private func walk(_ parser: inout yaml_parser_t) throws(Exceeded) {
        var anchors: [String: Size] = [:]
        // Open sequences and mappings: their anchor and the size of their content so far.
        var open: [(anchor: String?, size: Size)] = [(nil, Size())]
        var expanded = Size()
        func close(_ size: Size, anchor: String?) {
            if let anchor { anchors[anchor] = size }
            open[open.count - 1].size = open[open.count - 1].size + size
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                close(Size(nodes: 1, characters: scalar.length), anchor: Self.string(scalar.anchor))
            case YAML_SEQUENCE_START_EVENT:
                open.append((Self.string(event.data.sequence_start.anchor), Size()))
            case YAML_MAPPING_START_EVENT:
                open.append((Self.string(event.data.mapping_start.anchor), Size()))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard open.count > 1 else { return }
                let finished = open.removeLast()
                close(finished.size + Size(nodes: 1), anchor: finished.anchor)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                let size = anchors[name] ?? Size(nodes: 1)
                expanded = expanded + size
                if expanded.nodes > maxNodes || expanded.characters > maxCharacters {
                    let mark = event.start_mark
                    throw Exceeded(
                        mark: SourceMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                        message: "the aliases expand to more than \(maxNodes) values or \(maxCharacters) characters "
                            + "(the alias *\(ShortText.clipped(name)) makes it \(expanded.nodes) values, "
                            + "\(expanded.characters) characters); write the values out or share less")
                }
                close(size, anchor: nil)
            default:
                break
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
