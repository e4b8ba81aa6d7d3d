/// Line folding (RFC 5545 §3.1) done right, over libical's serialisation.
///
/// libical 3.0.16 folds each property's text *including* its closing CRLF. When the text
/// left after a fold is exactly 75 octets with the CRLF, it breaks between CR and LF: the
/// CR stays on the content line and the LF becomes a continuation line of its own
/// (`…@stime-planner\r\r\n \n`), which is neither CRLF nor a continuation with content.
/// (It also folds right after the colon of every long property, which is legal but wastes
/// a line.)
///
/// libical stays the one that builds, escapes and serialises; ``refolded(_:)`` only
/// takes its folds out again (every fold it writes is `CRLF SPACE`, and no content line it
/// writes starts with a space or holds a raw CR or LF) and folds each content line anew.
enum ICalFolding {
    /// Octets per physical line, CRLF not counted (RFC 5545 §3.1).
    static let maxOctets = 75

    /// `text` (libical's output: content lines ending in CRLF) with every content line
    /// folded at 75 octets: each physical line ends in CRLF, holds at most 75 octets, and
    /// each continuation line is one space followed by content. A fold never splits a
    /// UTF-8 sequence and, unless a line holds 74 spaces in a row, never puts a space
    /// right after the continuation's own.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func refolded(_ text: String) -> String {
        var unfolded: [UInt8] = []
        unfolded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            unfolded.append(byte)
            // Every fold libical writes is CR LF SPACE; taking them out as they appear
            // also mends the broken one (`CR` + `CR LF SPACE` + `LF` becomes `CR LF`).
            let count = unfolded.count
            if byte == 0x20, count >= 3, unfolded[count - 3] == 0x0D, unfolded[count - 2] == 0x0A {
                unfolded.removeLast(3)
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(unfolded.count + unfolded.count / 24)
        var lineStart = 0
        var index = 0
        while index < unfolded.count {
            if unfolded[index] == 0x0D, index + 1 < unfolded.count, unfolded[index + 1] == 0x0A {
                fold(unfolded[lineStart..<index], into: &result)
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < unfolded.count { fold(unfolded[lineStart...], into: &result) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends one content line, folded, each physical line ending in CRLF.
    private static func fold(_ line: ArraySlice<UInt8>, into result: inout [UInt8]) {
        var start = line.startIndex
        var room = maxOctets
        repeat {
            var end = min(line.endIndex, start + room)
            // Back off to the start of a UTF-8 sequence, and off white space, which some
            // readers would strip from the start of a continuation line.
            while end < line.endIndex, end > start + 1, line[end] & 0xC0 == 0x80 || line[end] == 0x20 {
                end -= 1
            }
            if start > line.startIndex { result.append(0x20) }
            result.append(contentsOf: line[start..<end])
            result.append(contentsOf: [0x0D, 0x0A])
            start = end
            room = maxOctets - 1
        } while start < line.endIndex
    }
}
