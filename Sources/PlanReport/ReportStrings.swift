import Foundation
import PlanningModel

/// The words of the report in one language, read from `strings-<lang>.json` beside the
/// templates, so that the secretariat can change wording without touching code.
///
/// The file is a JSON object nested by section (`{"summary": {"title": "Overblik"}}`):
/// templates read `{{t.summary.title}}`, code reads `strings["summary.title"]`. Values
/// are plain text (the template escapes them). Sentences take named placeholders in
/// braces, for example `"{count} behov"`; lists (month names) are comma-separated.
struct ReportStrings {
    let language: OutputLanguage
    /// Every entry by its dotted key (`summary.title`).
    let table: [String: String]
    /// The same entries nested as in the file, handed to the templates as `t`.
    let tree: [String: Any]

    init(language: OutputLanguage, tree: [String: Any]) {
        self.language = language
        self.tree = tree
        var table: [String: String] = [:]
        func flatten(_ node: [String: Any], prefix: String) {
            for (key, value) in node {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                if let text = value as? String {
                    table[path] = text
                } else if let child = value as? [String: Any] {
                    flatten(child, prefix: path)
                }
            }
        }
        flatten(tree, prefix: "")
        self.table = table
    }

    /// Reads `strings-<lang>.json` from `directory`.
    ///
    /// - Throws: ``ReportError/unreadableStrings(file:reason:)`` when the file is missing or
    ///   is not a JSON object of strings.
    init(directory: URL, language: OutputLanguage) throws {
        let file = directory.appendingPathComponent("strings-\(language.rawValue).json")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        } catch {
            throw ReportError.unreadableStrings(file: file.path, reason: "\(error)")
        }
        guard let tree = object as? [String: Any] else {
            throw ReportError.unreadableStrings(file: file.path, reason: "the top level is not an object")
        }
        self.init(language: language, tree: tree)
    }

    /// The text for `key`; the key itself when the table lacks it, so a custom table with
    /// a missing entry still renders and the gap is visible.
    subscript(key: String) -> String {
        table[key] ?? key
    }

    /// The text for `key` with each `{name}` replaced by `values[name]`.
    func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// A comma-separated list entry, such as the month names.
    func list(_ key: String) -> [String] {
        self[key].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
