import Foundation

@testable import PlanningModel

/// Renders a JSON value as block-style YAML, the way a person would write a scenario:
/// dates and ids unquoted, other strings quoted.
enum YAMLText {
    static func render(_ value: JSONValue) -> String {
        lines(value, indent: 0).joined(separator: "\n") + "\n"
    }

    private static func lines(_ value: JSONValue, indent: Int) -> [String] {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let members):
            return members.keys.sorted().flatMap { key -> [String] in
                let child = members[key]!
                if isBlock(child) { return ["\(pad)\(key):"] + lines(child, indent: indent + 1) }
                return ["\(pad)\(key): \(scalar(child))"]
            }
        case .array(let items):
            return items.flatMap { item -> [String] in
                guard isBlock(item) else { return ["\(pad)- \(scalar(item))"] }
                var nested = lines(item, indent: indent + 1)
                nested[0] = pad + "- " + nested[0].dropFirst(pad.count + 2)
                return nested
            }
        default:
            return [pad + scalar(value)]
        }
    }

    private static func isBlock(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let members): !members.isEmpty
        case .array(let items): !items.isEmpty
        default: false
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text):
            if CalendarDay(iso: text) != nil
                || text.allSatisfy({ $0.isLowercase || $0 == "-" }) && !text.isEmpty
                    && !["null", "true", "false"].contains(text)
            {
                text
            } else {
                "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }
        case .array: "[]"
        case .object: "{}"
        }
    }
}
