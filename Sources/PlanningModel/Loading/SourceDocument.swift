import Foundation

/// The bytes of a scenario file turned into a ``SourceNode`` tree, or the reason they cannot be.
struct SourceDocument {
    /// The formats a scenario may be written in.
    enum Format {
        case json, yaml

        /// The format named by a file's extension, or nil for any other name.
        init?(fileName: String) {
            switch URL(fileURLWithPath: fileName).pathExtension.lowercased() {
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            default: return nil
            }
        }
    }

    var root: SourceNode

    /// Parses `data`.
    ///
    /// - Parameter format: the format to read; nil to tell it by the file name's extension
    ///   (or, for other names, by whether the text starts with `{`).
    /// - Throws: ``ScenarioLoadError/invalid(_:)`` with one issue for an empty file, a file that
    ///   is not UTF-8 text, or a syntax error (with its line and column).
    static func parse(_ data: Data, fileName: String, format: Format? = nil) throws(ScenarioLoadError)
        -> SourceDocument
    {
        func invalid(_ message: String, _ mark: SourceMark = .start) -> ScenarioLoadError {
            .invalid([
                ScenarioIssue(
                    severity: .error, file: fileName, path: SourcePath.root.description,
                    line: mark.line, column: mark.column, message: message)
            ])
        }
        let bytes = [UInt8](data)
        if bytes.contains(0) || String(validating: bytes, as: UTF8.self) == nil {
            throw invalid("the file is not text (binary data, or not UTF-8); a scenario is a JSON or YAML text file")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace)
            || (text.hasPrefix("\u{FEFF}") && text.dropFirst().allSatisfy(\.isWhitespace))
        {
            throw invalid("the file is empty")
        }
        let format =
            Format(fileName: fileName)
            ?? (text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first == "{" ? .json : .yaml)
        switch format {
        case .json:
            do {
                return SourceDocument(root: try JSONSourceParser.parse(bytes))
            } catch {
                throw invalid("malformed JSON: \(error.message)", error.mark)
            }
        case .yaml:
            let root: SourceNode?
            do {
                root = try YAMLSourceReader.read(text)
            } catch {
                throw invalid("malformed YAML: \(error.message)", error.mark ?? .start)
            }
            guard let root, !Self.isNull(root) else { throw invalid("the file is empty (no YAML document in it)") }
            return SourceDocument(root: root)
        }
    }

    private static func isNull(_ node: SourceNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }
}
