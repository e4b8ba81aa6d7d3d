import PlanningModel

/// Finds date values written in a form iCalendar does not have but libical reads anyway.
///
/// RFC 5545 writes dates as `20260928` and times as `20260928T070000` (`Z` for UTC).
/// libical 3.0 also accepts the ISO 8601 extended forms `2026-09-28` and
/// `2026-09-28T07:00:00Z` and reads them as the same instant, without a word; a calendar
/// that holds them was not written by a standard client, so its author hears about it
/// (a warning, not an error: the value is read as written).
enum DateSyntaxCheck {
    /// The properties whose values are dates or date-times.
    static let names: Set<String> = ["DTSTART", "DTEND", "DUE", "RDATE", "EXDATE", "RECURRENCE-ID"]

    /// A warning for every date value in `text` that is not in iCalendar's own form, with
    /// the line its property starts on.
    static func warnings(in text: String) -> [ExternalCalendarWarning] {
        var result: [ExternalCalendarWarning] = []
        for (line, content) in contentLines(text) {
            guard let colon = valueColon(in: content) else { continue }
            let head = content[..<colon]
            let name = String(head.prefix { $0 != ";" }).uppercased()
            let value = content[content.index(after: colon)...]
            if names.contains(name) {
                for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                    // A period (RDATE) is a start and an end or a duration.
                    for piece in part.split(separator: "/", maxSplits: 1) where !piece.hasPrefix("P") {
                        if let warning = check(piece, name: name, line: line) { result.append(warning) }
                    }
                }
            } else if name == "RRULE" || name == "EXRULE" {
                for part in value.split(separator: ";") where part.uppercased().hasPrefix("UNTIL=") {
                    if let warning = check(part.dropFirst(6), name: "\(name) UNTIL", line: line) {
                        result.append(warning)
                    }
                }
            }
        }
        return result
    }

    private static func check(_ value: Substring, name: String, line: Int) -> ExternalCalendarWarning? {
        guard !isICalendarDate(value), value.contains("-") || value.contains(":") else { return nil }
        let digits = value.filter { $0 != "-" && $0 != ":" }
        return ExternalCalendarWarning(
            line: line,
            message: "\(name) is written '\(value.prefix(40))', not as iCalendar writes dates and times "
                + "(YYYYMMDD or YYYYMMDDTHHMMSS, Z for UTC); it was read as \(digits.prefix(40)): check that "
                + "this is what the calendar means")
    }

    /// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`.
    static func isICalendarDate(_ value: Substring) -> Bool {
        let characters = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.allSatisfy { characters[$0] >= UInt8(ascii: "0") && characters[$0] <= UInt8(ascii: "9") }
        }
        switch characters.count {
        case 8: return digits(0..<8)
        case 15, 16:
            return digits(0..<8) && characters[8] == UInt8(ascii: "T") && digits(9..<15)
                && (characters.count == 15 || characters[15] == UInt8(ascii: "Z"))
        default: return false
        }
    }

    /// The colon between a property's name and parameters and its value (colons inside
    /// quoted parameter values do not count).
    private static func valueColon(in content: Substring) -> Substring.Index? {
        var quoted = false
        for index in content.indices {
            switch content[index] {
            case "\"": quoted.toggle()
            case ":" where !quoted: return index
            default: continue
            }
        }
        return nil
    }

    /// The content lines of `text`, unfolded, each with the 1-based number of the physical
    /// line it starts on.
    private static func contentLines(_ text: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        var current = ""
        var start = 0
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            if line.first == " " || line.first == "\t" {
                current += line.dropFirst()
            } else {
                if start > 0 { result.append((start, Substring(current))) }
                current = String(line)
                start = number
            }
        }
        if start > 0 { result.append((start, Substring(current))) }
        return result
    }
}
