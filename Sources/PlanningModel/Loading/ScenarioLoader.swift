import Foundation

/// Reads a scenario from JSON or YAML, checks it completely (PROBLEM.md §2a) and builds its
/// working calendar.
///
/// Every problem is collected before anything is thrown, each with the file, the JSON path
/// and, where the source has one, the line and column:
///
/// ```swift
/// let loaded = try ScenarioLoader(calendarReader: reader).load("scenario.yaml")
/// ```
public struct ScenarioLoader: Sendable {
    /// Reads the `.ics` files a scenario names; nil when this build cannot read calendars.
    public let calendarReader: (any ExternalCalendarReader)?

    /// - Parameter calendarReader: reads `.ics` files. Without one, a scenario that names
    ///   calendar files is rejected with an error that says so.
    public init(calendarReader: (any ExternalCalendarReader)? = nil) {
        self.calendarReader = calendarReader
    }

    /// Loads the scenario named on the command line.
    ///
    /// - Parameter argument: a path to a `.json`, `.yaml` or `.yml` file; nil or `default`
    ///   for the embedded Region Midtjylland scenario.
    /// - Returns: the validated scenario, its calendar and its warnings.
    /// - Throws: ``ScenarioLoadError/unreadable(file:reason:)`` when the file is missing, a
    ///   directory or unreadable; ``ScenarioLoadError/invalid(_:)`` with every problem found.
    public func load(_ argument: String?) throws(ScenarioLoadError) -> LoadedScenario {
        guard let argument, argument != EmbeddedResources.defaultScenarioName else {
            return try load(
                data: EmbeddedResources.defaultScenario(), fileName: EmbeddedResources.defaultScenarioName,
                baseDirectory: nil)
        }
        let url = URL(fileURLWithPath: argument)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadable(file: argument, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw .unreadable(file: argument, reason: "it is a directory, not a scenario file")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw .unreadable(file: argument, reason: "permission denied")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > ScenarioLimits.documentBytes { throw Self.tooLarge(size, fileName: argument) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: argument, reason: error.localizedDescription)
        }
        return try load(data: data, fileName: argument, baseDirectory: url.deletingLastPathComponent())
    }

    /// Loads a scenario from bytes.
    ///
    /// - Parameters:
    ///   - data: the document, UTF-8 JSON or YAML.
    ///   - fileName: names the source in messages; its extension (`.json`, `.yaml`, `.yml`)
    ///     chooses the format; with any other name the format is guessed from the content.
    ///   - baseDirectory: where the scenario's relative `.ics` paths start (nil: the current
    ///     directory).
    /// - Returns: the validated scenario, its calendar and its warnings.
    /// - Throws: ``ScenarioLoadError/invalid(_:)`` with every problem found.
    public func load(data: Data, fileName: String, baseDirectory: URL?) throws(ScenarioLoadError) -> LoadedScenario {
        if data.count > ScenarioLimits.documentBytes { throw Self.tooLarge(data.count, fileName: fileName) }
        let document = try SourceDocument.parse(data, fileName: fileName)
        var issues: [ScenarioIssue] = []
        func issue(_ finding: ScenarioFinding, mark: SourceMark? = nil) -> ScenarioIssue {
            // Every issue of a file has a place; one about the file as a whole is at its start.
            let mark = mark ?? document.root.deepestNode(at: finding.path).mark ?? .start
            return ScenarioIssue(
                severity: finding.severity, file: fileName, path: finding.path.description,
                line: mark.line, column: mark.column, message: finding.message,
                isUnreadableFile: finding.isUnreadableFile)
        }
        guard let schema = EmbeddedResources.schema else {
            throw .unreadable(file: fileName, reason: "the scenario schema is missing from the installation")
        }
        let problems = SchemaValidator(schema: schema).validate(document.root)
        for problem in problems {
            issues.append(issue(.error(problem.path, problem.message), mark: problem.mark))
        }
        // Wrong and missing values stand in as values the schema accepts, so that the second
        // phase (references, §2a) still checks every part the schema accepted.
        let repaired = problems.compactMap(\.repair).reduce(document.root.jsonValue) {
            $0.setting($1.value, at: $1.path)
        }
        let scenario: Scenario
        do {
            scenario = try repaired.decode(Scenario.self)
        } catch {
            if issues.isEmpty {
                let (path, message) = Self.describe(error)
                issues.append(issue(.error(path, message)))
            }
            throw .invalid(Self.ordered(issues))
        }
        // Nothing is reported about an entry (a manual, a therapist, the horizon) a second time
        // once the schema rejected part of it: an invalid id is not also an unknown reference,
        // a stand-in value causes no message (also one for a missing top-level key, such as the
        // horizon, or for the whole document when it is no object).
        let rejected = problems.map(\.path)
        let standIns = problems.compactMap(\.repair?.path)
        func isClean(_ finding: ScenarioFinding) -> Bool {
            !rejected.contains { Self.overlaps(rejected: $0, finding: finding.path) }
                && !standIns.contains { Self.isPrefix($0, of: finding.path) }
        }
        issues += ScenarioValidator(scenario).findings().filter(isClean).map { issue($0) }
        let reading = CalendarFiles(scenario: scenario, reader: calendarReader, baseDirectory: baseDirectory)
        let external = reading.read(readContents: !issues.contains(where: \.isError))
        issues += external.findings.filter(isClean).map { issue($0) }
        if issues.contains(where: \.isError) {
            throw .invalid(Self.ordered(issues))
        }
        let calendar = PlanningCalendar(scenario: scenario, external: external.busy)
        issues += MeetingFeasibility(scenario: scenario, calendar: calendar).findings().map { issue($0) }
        if issues.contains(where: \.isError) {
            throw .invalid(Self.ordered(issues))
        }
        return LoadedScenario(
            scenario: scenario, calendar: calendar,
            warnings: Self.ordered(issues), sourceName: fileName, document: document.root.jsonValue)
    }

    /// Checks a scenario held in memory (for example one a suggestion patched) by the rules of
    /// PROBLEM.md §2a that do not need the file: references, duplicates, ranges, slots,
    /// durations, the time zone; `.ics` files are not read.
    ///
    /// - Parameters:
    ///   - scenario: the scenario to check.
    ///   - fileName: names the source in the issues.
    /// - Returns: errors and warnings, errors first; no line or column.
    public func validate(_ scenario: Scenario, fileName: String = "scenario") -> [ScenarioIssue] {
        ScenarioValidator(scenario).findings().map {
            ScenarioIssue(severity: $0.severity, file: fileName, path: $0.path.description, message: $0.message)
        }
    }

    private static func tooLarge(_ size: Int, fileName: String) -> ScenarioLoadError {
        .invalid([
            ScenarioIssue(
                severity: .error, file: fileName, path: SourcePath.root.description, line: 1, column: 1,
                message: "the file has \(size) bytes; a scenario has at most \(ScenarioLimits.documentBytes)")
        ])
    }

    /// Whether a finding at `finding` is about the same entry as a schema problem at
    /// `rejected`: one path lies inside the other, or both lie in the same list entry (such as
    /// `manuals[0]`) or the same top-level key (such as `horizon`). A problem of the document
    /// as a whole covers nothing else.
    private static func overlaps(rejected: SourcePath, finding: SourcePath) -> Bool {
        guard !rejected.components.isEmpty else { return finding.components.isEmpty }
        return isPrefix(rejected, of: finding) || (finding.components.count >= 2 && isPrefix(finding, of: rejected))
            || entry(of: finding) == entry(of: rejected)
    }

    /// Whether `long` is `short` or lies inside it.
    private static func isPrefix(_ short: SourcePath, of long: SourcePath) -> Bool {
        short.components.count <= long.components.count
            && zip(short.components, long.components).allSatisfy { $0 == $1 }
    }

    /// The list entry a path lies in (up to its last index followed by a key, such as
    /// `municipalities[0].therapists[1]`), or its top-level key.
    private static func entry(of path: SourcePath) -> ArraySlice<SourcePath.Component> {
        let components = path.components
        let entryEnd = components.indices.dropLast().last {
            if case .index = components[$0], case .key = components[$0 + 1] { return true }
            return false
        }
        return components.prefix(entryEnd.map { $0 + 1 } ?? min(1, components.count))
    }

    /// Errors before warnings; within each, in the order of the document.
    private static func ordered(_ issues: [ScenarioIssue]) -> [ScenarioIssue] {
        let indexed = issues.enumerated().sorted { lhs, rhs in
            let left = lhs.element
            let right = rhs.element
            if left.isError != right.isError { return left.isError }
            let leftKey = (left.line ?? .max, left.column ?? .max, lhs.offset)
            let rightKey = (right.line ?? .max, right.column ?? .max, rhs.offset)
            return leftKey < rightKey
        }
        return indexed.map(\.element)
    }

    /// A path and message for a decoding error the schema did not foresee.
    private static func describe(_ error: any Error) -> (SourcePath, String) {
        func path(_ codingPath: [any CodingKey]) -> SourcePath {
            SourcePath(codingPath.map { key in key.intValue.map(SourcePath.Component.index) ?? .key(key.stringValue) })
        }
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        case .keyNotFound(let key, let context):
            return (path(context.codingPath), "missing required key '\(key.stringValue)'")
        default:
            return (.root, "\(error)")
        }
    }
}
