import Foundation
import Mustache
import PlanTemplates
import PlanningModel

/// The Mustache templates for event summaries and descriptions, in one language.
///
/// The folder holds `<kind>-<part>.<language>.mustache` for the kinds `training`,
/// `supervision`, `meeting` and the parts `summary`, `description`, for example
/// `supervision-description.da.mustache`. Templates start with
/// `{{% CONTENT_TYPE: TEXT }}` so that nothing is HTML-escaped; libical escapes the text
/// for iCalendar.
struct EventTemplates: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case training, supervision, meeting
    }

    enum Part: String, CaseIterable, Sendable {
        case summary, description
    }

    /// Indexed by `Kind` then `Part` (their declaration order), so rendering builds no name.
    private let templates: [[MustacheTemplate]]

    /// Loads every template for `language` from `directory` (nil: the bundled ones).
    init(directory: URL?, language: OutputLanguage) throws(CalendarExportError) {
        guard let folder = directory ?? PlanTemplates.bundledDirectory("calendar") else {
            throw .templatesNotFound(path: "(bundled calendar templates)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .templatesNotFound(path: folder.path)
        }
        var templates: [[MustacheTemplate]] = []
        for kind in Kind.allCases {
            templates.append([])
            for part in Part.allCases {
                let name = Self.name(kind, part, language)
                let file = folder.appendingPathComponent(name)
                guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                    throw .templateUnreadable(file: file.path)
                }
                do {
                    templates[templates.count - 1].append(try MustacheTemplate(string: text))
                } catch {
                    throw .templateInvalid(TemplateSyntaxError(file: file.path, error: error))
                }
            }
        }
        self.templates = templates
        self.language = language
    }

    let language: OutputLanguage

    /// The rendered text, surrounding blank lines removed.
    func render(_ kind: Kind, _ part: Part, _ context: some MustacheParent) -> String {
        let template = templates[Kind.allCases.firstIndex(of: kind)!][Part.allCases.firstIndex(of: part)!]
        return Self.trimmed(template.render(context))
    }

    /// `text` without leading and trailing whitespace (spaces, tabs, line breaks).
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through UTF-16 and took a sixth of the
    /// export time on large plans.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isSpace($0) })!
        return String(text[first...last])
    }

    static func name(_ kind: Kind, _ part: Part, _ language: OutputLanguage) -> String {
        "\(kind.rawValue)-\(part.rawValue).\(language.rawValue).mustache"
    }
}
