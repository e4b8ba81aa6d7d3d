import Foundation

/// Checks a ``SourceNode`` tree against a JSON Schema and collects every problem with its
/// path and position.
///
/// Supports the keywords `scenario.schema.json` uses: `type`, `required`, `properties`,
/// `additionalProperties` (false or a schema), `items`, `enum`, `const`, `pattern`,
/// `minimum`, `maximum`, `minItems`, `maxItems`, `minLength`, `maxLength`, `minProperties`,
/// `maxProperties` and `$ref` to `#/$defs/…`. Values quoted in messages are shortened
/// (``ShortText``), so a megabyte-long string gives a one-line message. A string that passes
/// the `date` definition must also be a real calendar date (the pattern alone accepts 2026-02-30).
struct SchemaValidator {
    /// One schema violation.
    struct Problem: Sendable {
        var path: SourcePath
        var mark: SourceMark?
        var message: String
        /// A value the schema accepts and where to put it, so that the rest of the document
        /// can still be decoded and checked; nil when the value found decodes as it is.
        var repair: Repair?
    }

    /// A stand-in value for a wrong or missing one.
    struct Repair: Sendable {
        var path: SourcePath
        var value: JSONValue
    }

    private let root: JSONValue
    private let patterns: [String: NSRegularExpression]

    /// - Parameter schema: the schema document; a `pattern` that does not compile is ignored.
    init(schema: JSONValue) {
        root = schema
        var patterns: [String: NSRegularExpression] = [:]
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .string(let pattern)? = members["pattern"], patterns[pattern] == nil {
                    patterns[pattern] = try? NSRegularExpression(pattern: pattern)
                }
                members.values.forEach(collect)
            case .array(let items):
                items.forEach(collect)
            default:
                break
            }
        }
        collect(schema)
        self.patterns = patterns
    }

    /// Every violation of the schema in `document`, in document order.
    func validate(_ document: SourceNode) -> [Problem] {
        var problems: [Problem] = []
        check(document, against: root, at: .root, definition: nil, into: &problems)
        return problems
    }

    private func resolve(_ reference: String) -> (schema: JSONValue, name: String)? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), case .object(let root) = root,
            case .object(let definitions)? = root["$defs"]
        else { return nil }
        let name = String(reference.dropFirst(prefix.count))
        return definitions[name].map { ($0, name) }
    }

    private func check(
        _ node: SourceNode, against schema: JSONValue, at path: SourcePath, definition: String?,
        into problems: inout [Problem]
    ) {
        guard case .object(let keywords) = schema else { return }
        func report(_ message: String, placeholder: JSONValue? = nil) {
            problems.append(
                Problem(
                    path: path, mark: node.mark, message: message,
                    repair: placeholder.map { Repair(path: path, value: $0) }))
        }
        var standIn: JSONValue { placeholder(for: schema, definition: definition, at: path) }
        if case .string(let reference)? = keywords["$ref"], let (target, name) = resolve(reference) {
            check(node, against: target, at: path, definition: name, into: &problems)
        }
        if let constant = keywords["const"], !Self.equal(node.jsonValue, constant) {
            report("must be \(Self.render(constant)), found \(Self.render(node.jsonValue))", placeholder: constant)
            return
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(where: { Self.equal(node.jsonValue, $0) }) {
            let choices = allowed.map(Self.render).joined(separator: ", ")
            var message = "must be one of \(choices); found \(Self.render(node.jsonValue))"
            if case .string(let text) = node.value,
                let guess = SpellingHint.closest(
                    to: text, among: allowed.compactMap { if case .string(let s) = $0 { s } else { nil } })
            {
                message += " (did you mean '\(guess)'?)"
            }
            report(message, placeholder: standIn)
            return
        }
        if case .string(let type)? = keywords["type"], !Self.matches(node, type: type) {
            report("expected \(Self.article(type)) but found \(Self.article(node.typeName))", placeholder: standIn)
            return
        }
        switch node.value {
        case .string(let text):
            checkString(text, keywords, definition: definition) { message, undecodable in
                report(message, placeholder: undecodable ? standIn : nil)
            }
        case .int, .double:
            checkNumber(node, keywords) { message, undecodable in
                report(message, placeholder: undecodable ? standIn : nil)
            }
        case .array(let items):
            if case .int(let least)? = keywords["minItems"], items.count < least {
                report("needs at least \(least) item\(least == 1 ? "" : "s"), found \(items.count)")
            }
            if case .int(let most)? = keywords["maxItems"], items.count > most {
                report("may have at most \(most) item\(most == 1 ? "" : "s"), found \(items.count)")
                return
            }
            if let itemSchema = keywords["items"] {
                for (index, item) in items.enumerated() {
                    check(item, against: itemSchema, at: path.index(index), definition: nil, into: &problems)
                }
            }
        case .object(let members):
            checkObject(node, members, keywords, at: path, into: &problems)
        case .null, .bool:
            break
        }
    }

    /// Reports each problem of a string, and whether the model could not decode it as it is
    /// (a date or time of the wrong form).
    private func checkString(
        _ text: String, _ keywords: [String: JSONValue], definition: String?,
        report reportProblem: (String, Bool) -> Void
    ) {
        let undecodable = definition == "date" || definition == "time"
        func report(_ message: String) { reportProblem(message, undecodable) }
        if case .int(let least)? = keywords["minLength"], text.count < least {
            report(least == 1 ? "must not be empty" : "must be at least \(least) characters long")
        }
        if case .int(let most)? = keywords["maxLength"], text.count > most {
            report("\(ShortText(text)) is too long: at most \(most) characters, found \(text.count)")
            return
        }
        if case .string(let pattern)? = keywords["pattern"], let regex = patterns[pattern] {
            let range = NSRange(text.startIndex..<text.endIndex, in: text)
            if regex.firstMatch(in: text, range: range) == nil {
                report("\(ShortText(text)) is not \(Self.patternDescription(definition: definition, pattern: pattern))")
                return
            }
        }
        if definition == "date", CalendarDay(iso: text) == nil {
            report("\(ShortText(text)) is not a real calendar date")
        }
    }

    /// Reports each problem of a number, and whether it cannot be decoded as it is (not finite).
    private func checkNumber(_ node: SourceNode, _ keywords: [String: JSONValue], report: (String, Bool) -> Void) {
        let value: Double
        switch node.value {
        case .int(let number): value = Double(number)
        case .double(let number): value = number
        default: return
        }
        guard value.isFinite else {
            report("must be a finite number", true)
            return
        }
        if let minimum = Self.number(keywords["minimum"]), value < minimum {
            report("must be at least \(Self.render(keywords["minimum"]!)), found \(Self.render(node.jsonValue))", false)
        }
        if let maximum = Self.number(keywords["maximum"]), value > maximum {
            report("must be at most \(Self.render(keywords["maximum"]!)), found \(Self.render(node.jsonValue))", false)
        }
    }

    private func checkObject(
        _ node: SourceNode, _ members: [SourceNode.Member], _ keywords: [String: JSONValue], at path: SourcePath,
        into problems: inout [Problem]
    ) {
        let properties: [String: JSONValue]
        if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
        let present = Set(members.map(\.key))
        if case .array(let required)? = keywords["required"] {
            for case .string(let key) in required where !present.contains(key) {
                let missing = path.key(key)
                let repair = properties[key].map {
                    Repair(path: missing, value: placeholder(for: $0, definition: nil, at: missing))
                }
                problems.append(
                    Problem(path: path, mark: node.mark, message: "missing required key '\(key)'", repair: repair))
            }
        }
        if case .int(let least)? = keywords["minProperties"], members.count < least {
            problems.append(
                Problem(
                    path: path, mark: node.mark,
                    message: Self.propertyCountMessage(
                        "at least", least, properties.keys.sorted())))
        }
        if case .int(let most)? = keywords["maxProperties"], members.count > most {
            problems.append(
                Problem(
                    path: path, mark: node.mark,
                    message: Self.propertyCountMessage(
                        "at most", most, properties.keys.sorted())))
        }
        let additional = keywords["additionalProperties"]
        for member in members {
            let memberPath = path.key(member.key)
            if let propertySchema = properties[member.key] {
                check(member.value, against: propertySchema, at: memberPath, definition: nil, into: &problems)
            } else if case .bool(false)? = additional {
                var message = "unknown key \(ShortText(member.key))"
                if let guess = SpellingHint.closest(
                    to: member.key, among: properties.keys.filter { !present.contains($0) })
                {
                    message += " (did you mean '\(guess)'?)"
                } else if !properties.isEmpty {
                    message += " (allowed: \(properties.keys.sorted().joined(separator: ", ")))"
                }
                problems.append(Problem(path: memberPath, mark: member.keyMark ?? member.value.mark, message: message))
            } else if let additional, case .object = additional {
                check(member.value, against: additional, at: memberPath, definition: nil, into: &problems)
            }
        }
    }

    /// A value `schema` accepts, for a wrong or missing value at `path`: the constant, the
    /// first choice, the minimum, an empty text or list, an object with its required keys. A
    /// date stands in as a range that runs backwards (a `from` of 9999-12-31, any other date
    /// 0001-01-01), so that no check compares other dates with it.
    private func placeholder(for schema: JSONValue, definition: String?, at path: SourcePath) -> JSONValue {
        guard case .object(let keywords) = schema else { return .null }
        if case .string(let reference)? = keywords["$ref"], let (target, name) = resolve(reference) {
            return placeholder(for: target, definition: name, at: path)
        }
        switch definition {
        case "date": return .string(path.components.last == .key("from") ? "9999-12-31" : "0001-01-01")
        case "time": return .string("00:00")
        case "id": return .string("x")
        default: break
        }
        if let constant = keywords["const"] { return constant }
        if case .array(let allowed)? = keywords["enum"], let first = allowed.first { return first }
        switch keywords["type"] {
        case .string("object")?:
            guard case .object(let properties)? = keywords["properties"] else { return .object([:]) }
            var keys: [String] = []
            if case .array(let required)? = keywords["required"] {
                keys = required.compactMap { if case .string(let key) = $0 { key } else { nil } }
            }
            if keys.isEmpty, case .int(let least)? = keywords["minProperties"], least > 0 {
                keys = Array(properties.keys.sorted().prefix(least))
            }
            return .object(
                Dictionary(
                    uniqueKeysWithValues: keys.compactMap { key in
                        properties[key].map { (key, placeholder(for: $0, definition: nil, at: path.key(key))) }
                    }))
        case .string("array")?: return .array([])
        case .string("string")?: return .string("")
        case .string("integer")?: return .int(Self.number(keywords["minimum"]).map { Int($0) } ?? 0)
        case .string("number")?: return .double(Self.number(keywords["minimum"]) ?? 0)
        case .string("boolean")?: return .bool(false)
        default: return .null
        }
    }

    private static func propertyCountMessage(_ bound: String, _ count: Int, _ keys: [String]) -> String {
        let choice = keys.isEmpty ? "" : " of " + keys.map { "'\($0)'" }.joined(separator: ", ")
        return "must have \(bound) \(count) key\(count == 1 ? "" : "s")\(choice)"
    }

    private static func patternDescription(definition: String?, pattern: String) -> String {
        switch definition {
        case "id": "a valid id (lower-case letters, digits and '-', starting with a letter or digit)"
        case "date": "a date of the form YYYY-MM-DD"
        case "time": "a time of the form HH:MM (00:00–23:59)"
        default: "of the form \(pattern)"
        }
    }

    private static func matches(_ node: SourceNode, type: String) -> Bool {
        switch (type, node.value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("integer", .int), ("number", .int), ("number", .double):
            true
        case ("integer", .double(let value)):
            value.isFinite && value == value.rounded() && abs(value) < 9e15
        default:
            false
        }
    }

    private static func article(_ type: String) -> String {
        switch type {
        case "integer", "array", "object": "an \(type)"
        case "null": "null"
        default: "a \(type)"
        }
    }

    private static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .int(let number)?: Double(number)
        case .double(let number)?: number
        default: nil
        }
    }

    /// JSON equality, with 1 and 1.0 equal.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = number(lhs), let right = number(rhs) { return left == right }
        return lhs == rhs
    }

    /// A short rendering of a value for messages: strings quoted, containers summarised.
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): ShortText(text).description
        case .array: "a list"
        case .object: "a mapping"
        }
    }
}
