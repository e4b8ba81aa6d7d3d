/// Text rules that libical leaves to its caller.
enum ICalText {
    /// A value safe for an `X-` property, which libical 3.0.16 writes without escaping:
    /// commas and semicolons (value separators) and line breaks are replaced.
    static func xSafe(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case ",", ";": result.append(" ")
            case "\n", "\r", "\r\n": result.append(" ")
            case "\\": result.append("/")
            default: result.append(character)
            }
        }
        return result
    }
}
