/// A strict JSON parser (RFC 8259) that records the line and column of every value.
///
/// Foundation's parsers accept trailing commas and duplicate keys and report errors by
/// byte offset only; a scenario author needs "line 12, column 7: expected ','".
struct JSONSourceParser {
    /// A syntax error with its position.
    struct SyntaxError: Error, Sendable {
        var mark: SourceMark
        var message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    /// Deeper nesting than this is certainly not a scenario and would only exhaust the stack.
    private static let maximumDepth = 512

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON document (a UTF-8 byte sequence, an optional byte-order mark allowed).
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> SourceNode {
        var parser = JSONSourceParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        parser.skipWhitespace()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return node
    }

    private var mark: SourceMark { SourceMark(line: line, column: column) }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(mark: mark, message: message)
    }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        return "character 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func advance() {
        if bytes[offset] == 0x0A {
            line += 1
            column = 1
        } else if bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) {
            if bytes[offset] == 0x0D {
                offset += 1
                column = 1
                if offset < bytes.count, bytes[offset] == 0x0A { continue }
                line += 1
            } else {
                advance()
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        guard offset < bytes.count, bytes[offset] == byte else {
            throw error("expected \(what) but found \(describeCurrent())")
        }
        advance()
    }

    private mutating func parseValue() throws(SyntaxError) -> SourceNode {
        let start = mark
        guard offset < bytes.count else { throw error("expected a value but found end of file") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return SourceNode(value: .string(try parseString()), mark: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return SourceNode(value: .bool(true), mark: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return SourceNode(value: .bool(false), mark: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return SourceNode(value: .null, mark: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(start)
        default: throw error("expected a value but found \(describeCurrent())")
        }
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        for byte in word.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else {
                throw error("invalid literal: expected '\(word)'")
            }
            advance()
        }
    }

    private mutating func nest() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("values nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func parseObject(_ start: SourceMark) throws(SyntaxError) -> SourceNode {
        try nest()
        advance()
        var members: [SourceNode.Member] = []
        var seen: Set<String> = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return SourceNode(value: .object(members), mark: start)
        }
        while true {
            skipWhitespace()
            let keyMark = mark
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes but found \(describeCurrent())")
            }
            let key = try parseString()
            guard seen.insert(key).inserted else {
                throw SyntaxError(mark: keyMark, message: "duplicate key \(ShortText(key))")
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after the key \(ShortText(key))")
            skipWhitespace()
            let value = try parseValue()
            members.append(SourceNode.Member(key: key, keyMark: keyMark, value: value))
            skipWhitespace()
            guard offset < bytes.count else { throw error("expected ',' or '}' but found end of file") }
            if bytes[offset] == UInt8(ascii: ",") {
                advance()
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                    throw error("trailing ',' before '}'")
                }
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            depth -= 1
            return SourceNode(value: .object(members), mark: start)
        }
    }

    private mutating func parseArray(_ start: SourceMark) throws(SyntaxError) -> SourceNode {
        try nest()
        advance()
        var items: [SourceNode] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return SourceNode(value: .array(items), mark: start)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard offset < bytes.count else { throw error("expected ',' or ']' but found end of file") }
            if bytes[offset] == UInt8(ascii: ",") {
                advance()
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                    throw error("trailing ',' before ']'")
                }
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            depth -= 1
            return SourceNode(value: .array(items), mark: start)
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        advance()  // opening quote
        var scalars = String.UnicodeScalarView()
        var chunkStart = offset
        func flush(_ end: Int) {
            if end > chunkStart {
                scalars.append(contentsOf: String(decoding: bytes[chunkStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard offset < bytes.count else { throw error("unterminated string") }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                flush(offset)
                advance()
                return String(scalars)
            }
            if byte < 0x20 {
                throw error("control character in a string (line breaks and tabs must be written \\n and \\t)")
            }
            if byte == UInt8(ascii: "\\") {
                flush(offset)
                advance()
                guard offset < bytes.count else { throw error("unterminated string") }
                let escape = bytes[offset]
                advance()
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), offset + 1 < bytes.count,
                        bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
                    {
                        advance()
                        advance()
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("invalid UTF-16 surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = UnicodeScalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    throw error("invalid escape '\\\(Character(UnicodeScalar(escape)))' in a string")
                }
                chunkStart = offset
                continue
            }
            advance()
        }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count, let digit = Self.hexValue(bytes[offset]) else {
                throw error("expected four hex digits after \\u")
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber(_ start: SourceMark) throws(SyntaxError) -> SourceNode {
        let begin = offset
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }
        var isInteger = true
        if bytes[offset] == UInt8(ascii: "-") { advance() }
        guard isDigit(offset) else { throw error("expected a digit after '-'") }
        if bytes[offset] == UInt8(ascii: "0") {
            advance()
            if isDigit(offset) { throw error("numbers must not have leading zeros") }
        } else {
            while isDigit(offset) { advance() }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            advance()
            guard isDigit(offset) else { throw error("expected a digit after '.'") }
            while isDigit(offset) { advance() }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            isInteger = false
            advance()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                advance()
            }
            guard isDigit(offset) else { throw error("expected a digit in the exponent") }
            while isDigit(offset) { advance() }
        }
        let text = String(decoding: bytes[begin..<offset], as: UTF8.self)
        if isInteger, let value = Int(text) {
            return SourceNode(value: .int(value), mark: start)
        }
        guard let value = Double(text), value.isFinite else {
            throw SyntaxError(mark: start, message: "number out of range")
        }
        return SourceNode(value: .double(value), mark: start)
    }
}
