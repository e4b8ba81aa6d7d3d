import Foundation
import PlanningModel

/// Every text of one language, read from `strings-<lang>.json`: the report's words, the
/// reasons and suggestions the planner writes into `plan.json`, and the output of `check`
/// and `explain`. One table per language, so that the secretariat changes wording in one
/// place and never in code.
///
/// The file is a JSON object nested by section (`{"summary": {"title": "Overblik"}}`):
/// templates read `{{t.summary.title}}`, code reads `strings["summary.title"]`. Values
/// are plain text. Sentences take named placeholders in braces, for example
/// `"{count} behov"`; a text that depends on a number has the forms `one` and `other`
/// (`{"therapists": {"one": "{count} behandler", "other": "{count} behandlere"}}`, read
/// with ``format(_:count:_:)``); lists (month names) are comma-separated.
public struct StringTable: Sendable {
    /// The table's language.
    public let language: OutputLanguage
    /// Every entry by its dotted key (`summary.title`).
    public let entries: [String: String]

    /// A table of `entries` (dotted keys).
    public init(language: OutputLanguage, entries: [String: String]) {
        self.language = language
        self.entries = entries
    }

    /// Reads `strings-<lang>.json` from `directory`.
    ///
    /// - Throws: ``StringTableError`` when the file is missing, is not JSON, or is not an
    ///   object whose leaves are strings.
    public init(directory: URL, language: OutputLanguage) throws(StringTableError) {
        let file = directory.appendingPathComponent("strings-\(language.rawValue).json")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        } catch {
            throw StringTableError(file: file.path, reason: (error as NSError).localizedDescription)
        }
        guard let tree = object as? [String: Any] else {
            throw StringTableError(file: file.path, reason: "the top level is not an object")
        }
        var entries: [String: String] = [:]
        func flatten(_ node: [String: Any], prefix: String) throws(StringTableError) {
            for (key, value) in node {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if let text = value as? String {
                    entries[path] = text
                } else if let child = value as? [String: Any] {
                    try flatten(child, prefix: path)
                } else {
                    throw StringTableError(file: file.path, reason: "'\(path)' is neither a text nor an object")
                }
            }
        }
        try flatten(tree, prefix: "")
        self.init(language: language, entries: entries)
    }

    /// The bundled table of `language` (`Templates/report/strings-<lang>.json`).
    ///
    /// - Throws: ``StringTableError`` when the bundled file is missing or broken (a broken
    ///   installation).
    public static func bundled(_ language: OutputLanguage) throws(StringTableError) -> StringTable {
        guard let directory = PlanTemplates.bundledDirectory("report") else {
            throw StringTableError(file: "strings-\(language.rawValue).json", reason: "not installed with the program")
        }
        return try StringTable(directory: directory, language: language)
    }

    /// The entries nested as in the file, for templates (`{{t.summary.title}}`).
    public var tree: [String: Any] {
        var root: [String: Any] = [:]
        func insert(_ text: String, at path: ArraySlice<Substring>, into node: inout [String: Any]) {
            guard let first = path.first.map(String.init) else { return }
            if path.count == 1 {
                node[first] = text
            } else {
                var child = node[first] as? [String: Any] ?? [:]
                insert(text, at: path.dropFirst(), into: &child)
                node[first] = child
            }
        }
        for (key, text) in entries {
            insert(text, at: ArraySlice(key.split(separator: ".")), into: &root)
        }
        return root
    }

    /// The text for `key`; the key itself when the table lacks it, so a custom table with
    /// a missing entry still renders and the gap is visible.
    public subscript(key: String) -> String {
        entries[key] ?? key
    }

    /// The text for `key` with each `{name}` replaced by `values[name]`.
    public func format(_ key: String, _ values: [String: String] = [:]) -> String {
        Self.fill(self[key], values)
    }

    /// The form of `key` for `count` (`key.one` for 1, `key.other` otherwise, as in Danish and
    /// English), with `{count}` (unless `values` formats it) and each `{name}` filled in.
    public func format(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let form = count == 1 ? "\(key).one" : "\(key).other"
        var all = values
        if all["count"] == nil { all["count"] = String(count) }
        return Self.fill(entries[form] ?? self[key], all)
    }

    /// A comma-separated list entry, such as the month names.
    public func list(_ key: String) -> [String] {
        self[key].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Words joined as a reader expects: `a, b og c` / `a, b and c`.
    public func joined(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        guard words.count > 1 else { return last }
        return words.dropLast().joined(separator: ", ") + " \(self["common.and"]) " + last
    }

    /// `text` with each `{name}` of `values` replaced, in one pass (a value that itself holds
    /// braces is left as it is); unknown placeholders stay visible.
    private static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
