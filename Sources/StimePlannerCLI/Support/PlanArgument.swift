import ArgumentParser
import Foundation
import PlanningModel

/// Why a `plan.json` given on the command line could not be used.
struct PlanFileError: Error, CustomStringConvertible {
    /// The complete message, starting with the file name.
    let message: String
    /// True when the file could not be read at all (exit 66), false when it is not a plan (65).
    let isUnreadable: Bool

    init(file: String, reason: String, isUnreadable: Bool) {
        self.init(message: "\(file): error: \(reason)", isUnreadable: isUnreadable)
    }

    init(message: String, isUnreadable: Bool) {
        self.message = message
        self.isUnreadable = isUnreadable
    }

    var description: String { message }
}

/// The `PLAN` argument of `check`, `explain` and `export`: a `plan.json` that `plan` wrote.
struct PlanArgument: ParsableArguments {
    @Argument(help: "A plan.json written by 'stime-planner plan'.")
    var plan: String

    /// The file's bytes.
    func data() throws(PlanFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plan, isDirectory: &isDirectory) else {
            throw PlanFileError(file: plan, reason: "no such file", isUnreadable: true)
        }
        guard !isDirectory.boolValue else {
            throw PlanFileError(file: plan, reason: "is a folder, not a plan.json", isUnreadable: true)
        }
        guard let data = FileManager.default.contents(atPath: plan) else {
            throw PlanFileError(file: plan, reason: "cannot be read", isUnreadable: true)
        }
        return data
    }

    /// The decoded plan.
    func load() throws(PlanFileError) -> Plan {
        let bytes = try data()
        do {
            return try Plan(jsonData: bytes)
        } catch {
            throw invalid(bytes, error)
        }
    }

    /// The error for a file that is not a plan, located by file, JSON path, line and column.
    func invalid(_ bytes: Data, _ error: any Error) -> PlanFileError {
        let issue: ScenarioIssue
        do {
            issue = try JSONDocumentLocator(data: bytes, fileName: plan).issue(for: error)
        } catch {
            let lines = error.errors.map(\.description)
            return PlanFileError(
                message: lines.isEmpty ? error.description : lines.joined(separator: "\n"), isUnreadable: false)
        }
        return PlanFileError(
            message: issue.description + " (this is not a plan.json that 'plan' wrote)", isUnreadable: false)
    }
}
