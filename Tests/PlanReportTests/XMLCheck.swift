import Foundation
import FoundationXML

/// Well-formedness checks with Foundation's `XMLParser` (libxml2 on Linux).
enum XMLCheck {
    /// Parse errors of `text` as an XML document; empty when it is well-formed.
    static func errors(in text: String) -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        if !parser.parse() {
            let error = parser.parserError.map { "\($0)" } ?? "unknown error"
            return ["line \(parser.lineNumber), column \(parser.columnNumber): \(error)"]
        }
        return delegate.errors
    }

    /// Every `<svg …>…</svg>` element of `html`, in order.
    static func svgBlocks(in html: String) -> [String] {
        var blocks: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"),
            let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
        {
            blocks.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return blocks
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var errors: [String] = []

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            errors.append("line \(parser.lineNumber): \(parseError)")
        }
    }
}
