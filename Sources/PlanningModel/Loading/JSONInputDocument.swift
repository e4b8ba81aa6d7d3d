import Foundation

/// A JSON input file checked against one of the embedded schemas and decoded: the common path
/// of ``PlanLoader`` and ``PinsLoader``.
struct JSONInputDocument {
    /// The parsed document, with positions.
    let root: SourceNode
    /// The file name used in messages.
    let fileName: String
    /// What the document should be, for messages ("plan", "pins file").
    let document: String

    /// Reads the file at `path`.
    ///
    /// - Throws: ``DocumentLoadError/unreadable(file:reason:)`` when it is missing, a folder or
    ///   unreadable.
    static func read(_ path: String) throws(DocumentLoadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(file: path, reason: "is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "cannot be read")
        }
        return data
    }

    /// Parses `data` as JSON and checks it against `schema`.
    ///
    /// - Throws: ``DocumentLoadError/invalid(document:issues:)`` for malformed JSON or every
    ///   schema violation.
    init(data: Data, fileName: String, document: String, schema: JSONValue?) throws(DocumentLoadError) {
        do {
            root = try SourceDocument.parse(data, fileName: fileName, format: .json).root
        } catch {
            throw .invalid(document: document, issues: error.errors)
        }
        self.fileName = fileName
        self.document = document
        guard let schema else {
            throw .unreadable(file: fileName, reason: "the \(document) schema is missing from the installation")
        }
        let problems = SchemaValidator(schema: schema).validate(root)
        if !problems.isEmpty {
            throw .invalid(document: document, issues: problems.map { issue($0.path, $0.message, mark: $0.mark) })
        }
    }

    /// Decodes the document as `type`, locating a decoding error by path, line and column.
    func decode<Value: Decodable>(_ type: Value.Type) throws(DocumentLoadError) -> Value {
        do {
            return try root.jsonValue.decode(type)
        } catch {
            throw .invalid(
                document: document, issues: [JSONDocumentLocator(root: root, fileName: fileName).issue(for: error)])
        }
    }

    /// An error at `path`, at the position of the value there (or of its nearest parent).
    func issue(_ path: SourcePath, _ message: String, mark: SourceMark? = nil) -> ScenarioIssue {
        let mark = mark ?? root.deepestNode(at: path).mark
        return ScenarioIssue(
            severity: .error, file: fileName, path: path.description, line: mark?.line, column: mark?.column,
            message: message)
    }
}
