/// Stable, safe identifiers for `UID`s and file names.
enum Identifiers {
    /// `id` with every character outside `A–Z a–z 0–9 . _ -` percent-encoded (UTF-8), so
    /// that different ids stay different and the result is safe in a file name and a `UID`.
    static func component(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// A readable slug of a scenario name: `Region Midtjylland STIME+ 2026-27` →
    /// `region-midtjylland-stime-2026-27` (Danish letters transliterated).
    static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for character in name.lowercased() {
            let replacement: String
            switch character {
            case "æ": replacement = "ae"
            case "ø": replacement = "oe"
            case "å": replacement = "aa"
            case "é", "è": replacement = "e"
            case "ü": replacement = "ue"
            case "ö": replacement = "oe"
            case "ä": replacement = "ae"
            default:
                replacement = character.isASCII && (character.isLetter || character.isNumber) ? String(character) : ""
            }
            if replacement.isEmpty {
                pendingDash = !result.isEmpty
            } else {
                if pendingDash { result += "-" }
                pendingDash = false
                result += replacement
            }
        }
        return result.isEmpty ? "scenario" : result
    }
}
