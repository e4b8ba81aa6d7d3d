import Foundation

/// Finds where in a JSON document a decoding problem lies, so that a message about any JSON
/// input (a `plan.json`, say) names the file, the JSON path, the line and the column.
public struct JSONDocumentLocator: Sendable {
    private let fileName: String
    private let root: SourceNode

    /// Parses `data` far enough to know every value's position.
    ///
    /// - Throws: ``ScenarioLoadError/invalid(_:)`` with one issue when the file is empty,
    ///   binary or not well-formed JSON (with line and column).
    public init(data: Data, fileName: String) throws(ScenarioLoadError) {
        self.init(
            root: try SourceDocument.parse(data, fileName: fileName, format: .json).root, fileName: fileName)
    }

    /// A locator for a document already parsed.
    init(root: SourceNode, fileName: String) {
        self.fileName = fileName
        self.root = root
    }

    /// The issue describing `error`, located at the value its coding path points to.
    public func issue(for error: any Error) -> ScenarioIssue {
        guard let decodingError = error as? DecodingError else {
            return ScenarioIssue(
                severity: .error, file: fileName, path: SourcePath.root.description,
                line: root.mark?.line, column: root.mark?.column, message: "\(error)")
        }
        let (codingPath, message): ([any CodingKey], String) =
            switch decodingError {
            case .dataCorrupted(let context):
                (context.codingPath, context.debugDescription)
            case .keyNotFound(let key, let context):
                (context.codingPath, "missing required key '\(key.stringValue)'")
            case .typeMismatch(let type, let context):
                (context.codingPath, "expected \(Self.typeName(type))")
            case .valueNotFound(let type, let context):
                (context.codingPath, "expected \(Self.typeName(type)), found null")
            @unknown default:
                ([], "\(error)")
            }
        let path = SourcePath(
            codingPath.map { key in key.intValue.map(SourcePath.Component.index) ?? .key(key.stringValue) })
        let mark = root.deepestNode(at: path).mark
        return ScenarioIssue(
            severity: .error, file: fileName, path: path.description,
            line: mark?.line, column: mark?.column, message: message)
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}
