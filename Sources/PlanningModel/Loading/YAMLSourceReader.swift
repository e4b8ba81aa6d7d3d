import Yams

/// Reads a YAML document into a ``SourceNode`` tree with Yams, keeping every node's position.
///
/// Plain scalars are resolved by the YAML 1.2 core schema (null, booleans `true`/`false`,
/// integers, floats), not by YAML 1.1: `no` stays the string "no" and an unquoted
/// `2026-03-01` stays a date string, as a person writing a scenario means them.
enum YAMLSourceReader {
    /// A syntax error with its position, when libyaml gives one.
    struct SyntaxError: Error, Sendable {
        var mark: SourceMark?
        var message: String
    }

    /// Parses the first document of `text`; an empty document is nil.
    ///
    /// Aliases are expanded, within ``YAMLExpansionBudget``'s limits.
    static func read(_ text: String) throws(SyntaxError) -> SourceNode? {
        do {
            try YAMLExpansionBudget().check(text)
        } catch {
            throw SyntaxError(mark: error.mark, message: error.message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, text: text)
        } catch {
            throw SyntaxError(mark: nil, message: "\(error)")
        }
        guard let root else { return nil }
        return try convert(root)
    }

    private static func convert(_ node: Node) throws(SyntaxError) -> SourceNode {
        let mark = node.mark.map { SourceMark(line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            return SourceNode(value: resolve(scalar), mark: mark)
        case .sequence(let sequence):
            var items: [SourceNode] = []
            for item in sequence {
                items.append(try convert(item))
            }
            return SourceNode(value: .array(items), mark: mark)
        case .mapping(let mapping):
            var members: [SourceNode.Member] = []
            for (key, value) in mapping {
                let keyMark = key.mark.map { SourceMark(line: $0.line, column: $0.column) }
                guard case .scalar(let keyScalar) = key else {
                    throw SyntaxError(mark: keyMark, message: "a key must be a plain value, not a list or mapping")
                }
                members.append(SourceNode.Member(key: keyScalar.string, keyMark: keyMark, value: try convert(value)))
            }
            return SourceNode(value: .object(members), mark: mark)
        case .alias(let alias):
            throw SyntaxError(
                mark: alias.mark.map { SourceMark(line: $0.line, column: $0.column) },
                message: "unsupported YAML alias")
        }
    }

    /// Resolves a scalar by the YAML 1.2 core schema; quoted scalars and `!!str` are strings.
    private static func resolve(_ scalar: Node.Scalar) -> SourceNode.Value {
        let text = scalar.string
        if scalar.style != .plain || scalar.tag.description == Tag.Name.str.rawValue { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if isInteger(text) {
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            if let value = Int(digits) { return .int(value) }
            if let value = Double(digits) { return .double(value) }
        }
        if isFloat(text), let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            return .double(value)
        }
        return .string(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ text: String) -> Bool {
        var chars = Array(text.unicodeScalars)
        if let first = chars.first, first == "-" || first == "+" { chars.removeFirst() }
        var index = 0
        func digits() -> Int {
            let start = index
            while index < chars.count, ("0"..."9").contains(chars[index]) { index += 1 }
            return index - start
        }
        let whole = digits()
        var fraction = 0
        if index < chars.count, chars[index] == "." {
            index += 1
            fraction = digits()
        }
        guard whole + fraction > 0 else { return false }
        if index < chars.count, chars[index] == "e" || chars[index] == "E" {
            index += 1
            if index < chars.count, chars[index] == "-" || chars[index] == "+" { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == chars.count
    }

    private static func syntaxError(_ error: YamlError, text: String) -> SyntaxError {
        func mark(_ mark: Mark) -> SourceMark { SourceMark(line: mark.line, column: mark.column) }
        func withContext(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case .scanner(let context, let problem, let position, _),
            .parser(let context, let problem, let position, _),
            .composer(let context, let problem, let position, _):
            return SyntaxError(mark: mark(position), message: withContext(context, problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { ShortText($0).description }.joined(separator: ", ")
            return SyntaxError(mark: mark(context.mark), message: "duplicate key \(keys) in one mapping")
        case .reader(let problem, let offset, _, _):
            return SyntaxError(mark: offset.map { position(ofUTF8Offset: $0, in: text) }, message: problem)
        case .dataCouldNotBeDecoded:
            return SyntaxError(mark: nil, message: "the text is not valid UTF-8")
        default:
            return SyntaxError(mark: nil, message: "\(error)")
        }
    }

    private static func position(ofUTF8Offset offset: Int, in text: String) -> SourceMark {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceMark(line: line, column: column)
    }
}
