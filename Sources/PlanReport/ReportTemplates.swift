import Foundation
import Mustache
import PlanTemplates

/// The report's Mustache templates, read from one folder: `report.mustache` and the
/// partials it includes (each `NAME.mustache` is the partial `{{> NAME}}`).
struct ReportTemplates {
    let directory: URL
    private let library: MustacheLibrary

    /// Reads every `.mustache` file of `directory`.
    ///
    /// - Throws: ``ReportError/missingTemplate(name:directory:)`` without `report.mustache`,
    ///   ``ReportError/invalidTemplate(_:)`` for a file that does not parse.
    init(directory: URL) throws {
        self.directory = directory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var library = MustacheLibrary()
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let file = directory.appendingPathComponent(name)
            do {
                let text = try String(contentsOf: file, encoding: .utf8)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw ReportError.invalidTemplate(TemplateSyntaxError(file: file.path, error: error))
            }
        }
        guard library.getTemplate(named: "report") != nil else {
            throw ReportError.missingTemplate(name: "report", directory: directory.path)
        }
        self.library = library
    }

    /// Renders `report.mustache` with `view`.
    func render(_ view: ReportView) -> String {
        library.render(view, withTemplate: "report") ?? ""
    }
}
