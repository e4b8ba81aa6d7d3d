import ArgumentParser
import Foundation
import PlanCalendars
import PlanReport
import PlanningModel

/// `--templates DIR`: the secretariat's own Mustache templates instead of the bundled ones.
struct TemplateOptions: ParsableArguments {
    @Option(
        name: .customLong("templates"),
        help: "A folder with 'calendar/' and/or 'report/' Mustache templates to use instead of the bundled ones."
    )
    var path: String?

    /// Checks that a given templates folder exists (exit 66 otherwise).
    func checkFolder() throws(InputFileError) {
        guard let path else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFileError(file: path, reason: "no such templates folder", isUnreadable: true)
        }
    }

    /// Checks the folder and parses every template `language` needs (65 for a template that
    /// does not parse, 66 for one that is missing), before any long work.
    func check(language: OutputLanguage) throws {
        try checkFolder()
        try CalendarExport.checkTemplates(directory: directory("calendar"), language: language)
        try PlanReportRenderer.checkTemplates(directory: directory("report"), language: language)
    }

    /// The sub-folder `kind` of the given templates folder, or nil for the bundled templates.
    func directory(_ kind: String) -> URL? {
        guard let path else { return nil }
        let folder = URL(fileURLWithPath: path).appendingPathComponent(kind)
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
