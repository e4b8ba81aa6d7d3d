/// A value quoted in a message, on one line and shortened when long: `'abc'`, or for a long
/// text its first 40 characters, `…` and its length (`'aaaa…' (1048576 characters)`), so that
/// one bad value never makes a message longer than a line. Control characters (line breaks,
/// tabs) are shown escaped (`\n`, `\u{1B}`).
struct ShortText: CustomStringConvertible, Sendable {
    /// The most characters quoted in full.
    static let limit = 40

    let text: String

    init(_ text: String) {
        self.text = text
    }

    var description: String {
        let shown = Self.clipped(text)
        return text.count > Self.limit ? "'\(shown)' (\(text.count) characters)" : "'\(shown)'"
    }

    /// `text` on one line, unquoted: its first ``limit`` characters and `…` when it is longer.
    static func clipped(_ text: String) -> String {
        var shown = ""
        var count = 0
        for character in text {
            if count == limit { return shown + "…" }
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                shown += character.unicodeScalars.map { $0.escaped(asASCII: false) }.joined()
            } else {
                shown.append(character)
            }
            count += 1
        }
        return shown
    }
}
