import ArgumentParser
import Foundation
import PlanningModel

/// The `PLAN` argument of `check`, `explain` and `export`: a `plan.json` that `plan` wrote.
struct PlanArgument: ParsableArguments {
    @Argument(help: "A plan.json written by 'stime-planner plan'.")
    var plan: String

    /// The file's bytes.
    func data() throws(InputFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plan, isDirectory: &isDirectory) else {
            throw InputFileError(file: plan, reason: "no such file", isUnreadable: true)
        }
        guard !isDirectory.boolValue else {
            throw InputFileError(file: plan, reason: "is a folder, not a plan.json", isUnreadable: true)
        }
        guard let data = FileManager.default.contents(atPath: plan) else {
            throw InputFileError(file: plan, reason: "cannot be read", isUnreadable: true)
        }
        return data
    }

    /// The plan, checked against `plan.schema.json` and decoded.
    func load() throws(InputFileError) -> Plan {
        do {
            return try PlanLoader.load(plan)
        } catch {
            throw InputFileError(error)
        }
    }

    /// The error for a file that is not a plan, located by file, JSON path, line and column.
    func invalid(_ bytes: Data, _ error: any Error) -> InputFileError {
        let issue: ScenarioIssue
        do {
            issue = try JSONDocumentLocator(data: bytes, fileName: plan).issue(for: error)
        } catch {
            let lines = error.errors.map(\.description)
            return InputFileError(
                message: lines.isEmpty ? error.description : lines.joined(separator: "\n"), isUnreadable: false)
        }
        return InputFileError(
            message: issue.description + " (this is not a plan.json that 'plan' wrote)", isUnreadable: false)
    }
}
