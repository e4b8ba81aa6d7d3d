import CLibical
import Foundation

/// Parses iCalendar text with libical, keeping track of line numbers for error messages.
///
/// The text is fed to libical's own line reader (`icalparser_get_line`, which unfolds
/// continuation lines) and line parser (`icalparser_add_line`) one content line at a time,
/// so that a syntax error can be pinned to the physical line it starts on.
enum ICalParser {
    /// The parsed calendar (a `VCALENDAR`, or an `XROOT` holding several).
    ///
    /// - Throws: ``LibicalError`` naming the line of the first problem: a syntax error
    ///   (every `X-LIC-ERROR` counts), text outside any component, a component left open at
    ///   the end of the file, or no calendar at all.
    static func parse(_ text: String) throws(LibicalError) -> ICalComponent {
        guard let parser = icalparser_new() else { preconditionFailure("libical could not create a parser") }
        defer { icalparser_free(parser) }

        var roots: [OpaquePointer] = []
        var firstErrorLine: Int?
        var lastLine = 0

        text.withCString { cText in
            var source = stime_line_source(pos: cText, lines_started: 0, at_line_start: 1, started: 0)
            withUnsafeMutablePointer(to: &source) { sourcePointer in
                icalparser_set_gen_data(parser, UnsafeMutableRawPointer(sourcePointer))
                stime_icalerrno_clear()
                while true {
                    let startLine = max(1, sourcePointer.pointee.lines_started)
                    guard let line = icalparser_get_line(parser, stime_line_generator) else { break }
                    lastLine = startLine
                    let component = icalparser_add_line(parser, line)
                    icalmemory_free_buffer(line)
                    if icalparser_get_state(parser) == ICALPARSER_ERROR, firstErrorLine == nil {
                        firstErrorLine = startLine
                    }
                    if let component {
                        roots.append(component)
                    }
                }
            }
        }
        let endState = icalparser_get_state(parser)

        guard !roots.isEmpty else {
            if lastLine == 0 { throw LibicalError(line: nil, message: "the file is empty") }
            if let firstErrorLine {
                throw LibicalError(
                    line: firstErrorLine,
                    message: "not iCalendar content (no property name, or text outside BEGIN:VCALENDAR … END:VCALENDAR)"
                )
            }
            throw LibicalError(
                line: lastLine, message: "the file ends before the calendar is closed (END:VCALENDAR missing)")
        }
        // Take ownership at once, so that every exit below frees what libical built. Several
        // top-level calendars in one file go under one XROOT, as icalparser_parse does it.
        let tree: ICalComponent
        if roots.count == 1 {
            tree = ICalComponent(owning: roots[0])
        } else {
            tree = ICalComponent(kind: ICAL_XROOT_COMPONENT)
            for root in roots {
                ICalComponent(owning: root).adopt(into: tree)
            }
        }

        let problems = LibicalError.parserErrors(in: tree.view)
        if let problem = problems.first {
            let line = firstErrorLine ?? Self.line(in: text, containing: Self.offendingText(of: problem))
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            throw LibicalError(line: line, message: "\(problem)\(more)")
        }
        if let firstErrorLine {
            throw LibicalError(line: firstErrorLine, message: "text outside a calendar component")
        }
        if endState != ICALPARSER_SUCCESS {
            throw LibicalError(
                line: lastLine, message: "the file ends before the calendar is closed (END line missing)")
        }
        let kind = tree.view.kind
        guard kind == ICAL_VCALENDAR_COMPONENT || kind == ICAL_XROOT_COMPONENT else {
            throw LibicalError(line: 1, message: "the file holds no VCALENDAR")
        }
        return tree
    }

    /// The text libical quotes after the colon of an `X-LIC-ERROR` message.
    static func offendingText(of message: String) -> String? {
        guard let colon = message.range(of: ": ") else { return nil }
        let quoted = message[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        return quoted.isEmpty ? nil : quoted
    }

    /// The 1-based number of the first line that contains `fragment`, if any.
    static func line(in text: String, containing fragment: String?) -> Int? {
        guard let fragment, !fragment.isEmpty else { return nil }
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            if line.contains(fragment) { return number }
        }
        return nil
    }
}
