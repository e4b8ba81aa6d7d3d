import Foundation
import PlanningModel

/// A `plan.json` named on the command line.
struct PlanFile {
    let path: String

    /// The file's bytes.
    func data() throws(InputFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(file: path, reason: "no such file", isUnreadable: true)
        }
        guard !isDirectory.boolValue else {
            throw InputFileError(file: path, reason: "is a folder, not a plan.json", isUnreadable: true)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFileError(file: path, reason: "cannot be read", isUnreadable: true)
        }
        return data
    }

    /// The plan, checked against `plan.schema.json` and decoded.
    func load() throws(InputFileError) -> Plan {
        do {
            return try PlanLoader.load(path)
        } catch {
            throw InputFileError(error)
        }
    }

    /// The error for a file that is not a plan, located by file, JSON path, line and column.
    func invalid(_ bytes: Data, _ error: any Error) -> InputFileError {
        let issue: ScenarioIssue
        do {
            issue = try JSONDocumentLocator(data: bytes, fileName: path).issue(for: error)
        } catch {
            let lines = error.errors.map(\.description)
            return InputFileError(
                message: lines.isEmpty ? error.description : lines.joined(separator: "\n"), isUnreadable: false)
        }
        return InputFileError(
            message: issue.description + " (this is not a plan.json that 'plan' wrote)", isUnreadable: false)
    }

    /// The language the plan records (its top-level `language`, read from `bytes`), if any.
    func language(in bytes: Data) -> OutputLanguage? {
        let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any]
        return (object?["language"] as? String).flatMap(OutputLanguage.init(rawValue:))
    }

    /// Warns on standard error when the plan (its top-level `scenario`, read from `bytes`)
    /// was made for another scenario than `scenario`: every finding after it would come
    /// from that mismatch.
    func warnIfMade(for scenario: Scenario, bytes: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
            let name = object["scenario"] as? String, name != scenario.name
        else { return }
        StandardError.write(
            "\(path): warning: the plan was made for scenario '\(name)', not '\(scenario.name)'; "
                + "give the scenario it was made for")
    }
}
