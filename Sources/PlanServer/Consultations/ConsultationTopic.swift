/// The topic of a booking: one line of at most 200 characters that names no child. The
/// server cannot see child data in free text, but it refuses what looks like a CPR number
/// (six digits of a date, then four), and the page and the API documentation say to write none.
enum ConsultationTopic {
    /// The topic on one line (runs of white space and line breaks become one space).
    ///
    /// - Throws: ``ConsultationProblem/topicEmpty``, ``ConsultationProblem/topicTooLong(_:)``,
    ///   ``ConsultationProblem/topicPersonNumber``.
    static func checked(_ text: String) throws(ConsultationProblem) -> String {
        let topic = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        let visible = topic.filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
        guard !visible.isEmpty else { throw .topicEmpty }
        guard visible.count <= ConsultationProblem.topicLimit else { throw .topicTooLong(visible.count) }
        if looksLikePersonNumber(visible) { throw .topicPersonNumber }
        return visible
    }

    /// Whether `text` holds `DDMMYY-NNNN`, `DDMMYY NNNN` or `DDMMYYNNNN` with a possible date.
    static func looksLikePersonNumber(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            // A run of digits, possibly with one '-' or ' ' after its sixth digit.
            var digits: [Int] = []
            var position = index
            while position < characters.count {
                let character = characters[position]
                if character.isASCII, let digit = character.wholeNumberValue {
                    digits.append(digit)
                } else if digits.count == 6, character == "-" || character == " ", position + 1 < characters.count,
                    characters[position + 1].isASCII, characters[position + 1].isNumber
                {
                    // the separator of DDMMYY-NNNN
                } else {
                    break
                }
                position += 1
            }
            if digits.count == 10 {
                let day = digits[0] * 10 + digits[1]
                let month = digits[2] * 10 + digits[3]
                if (1...31).contains(day), (1...12).contains(month) { return true }
            }
            index = position + 1
        }
        return false
    }
}
