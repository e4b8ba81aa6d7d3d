import Mustache

/// A Mustache template that does not parse, located by file, line and column, with the
/// problem in words (`report.mustache:12:5: error: a section is not closed`).
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's file.
    public let file: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    /// 1-based column, 0 when unknown.
    public let column: Int
    /// What is wrong, in words.
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Locates a parser error of swift-mustache in `file`; any other error keeps its text.
    public init(file: String, error: any Error) {
        if let error = error as? MustacheTemplate.ParserError {
            self.init(
                file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                message: Self.words(error.error))
        } else if let error = error as? MustacheLibrary.ParserError {
            self.init(
                file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                message: Self.words(error.error))
        } else {
            self.init(file: file, line: 0, column: 0, message: "\(error)")
        }
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }

    private static func words(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // swift-mustache's reader runs past the end (its internal `Parser.Error.overflow`)
            // when the template ends inside a tag.
            return "\(error)" == "overflow"
                ? "the template ends inside a tag ('}}' missing)" : "not valid Mustache (\(error))"
        }
        return switch error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "a tag is not finished ('}}' missing or a bad name)"
        case .expectedSectionEnd: "a section is not closed ('{{/name}}' missing)"
        case .invalidSetDelimiter: "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: "this tag is not allowed inside an inherited partial"
        case .textInsideInheritSection: "text is not allowed inside an inherited partial"
        case .invalidConfigVariableSyntax: "the configuration tag is malformed"
        case .unrecognisedConfigVariable: "unknown configuration tag (CONTENT_TYPE is the one known)"
        }
    }
}
