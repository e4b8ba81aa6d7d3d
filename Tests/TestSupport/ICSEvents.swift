import Foundation

/// The `VEVENT`s of a calendar text (as libical writes it, CRLF lines) by `UID`, each as its
/// unfolded lines joined by line breaks: for tests that read a served or exported feed.
public struct ICSEvents {
    private var events: [String: String] = [:]

    public init(_ text: String) {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        for block in unfolded.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let event = block.components(separatedBy: "END:VEVENT").first ?? block
            guard let uidLine = event.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("UID:") }) else {
                continue
            }
            events[String(uidLine.dropFirst(4))] = event
        }
    }

    public var uids: [String] { Array(events.keys) }

    /// The event's lines.
    public subscript(uid: String) -> String? { events[uid] }

    /// The value of the event's first `property` line (`DTSTART;TZID=…:20270119T090000` gives
    /// `20270119T090000`), nil when the event or the property is missing.
    public func value(_ property: String, of uid: String) -> String? {
        guard
            let line = events[uid]?.components(separatedBy: "\r\n")
                .first(where: { $0.hasPrefix(property + ":") || $0.hasPrefix(property + ";") }),
            let colon = line.firstIndex(of: ":")
        else { return nil }
        return String(line[line.index(after: colon)...])
    }
}
