import CLibical
import PlanningModel

/// What went wrong inside libical or in the text it was given.
///
/// This is the one place where libical's ways of reporting trouble (the `X-LIC-ERROR`
/// properties its parser inserts instead of failing, the parser state) become Swift errors.
/// Callers map it to their public error type with ``externalError(file:)``.
struct LibicalError: Error, Equatable {
    /// 1-based line in the source text, when known.
    var line: Int?
    /// A sentence for a person.
    var message: String

    /// The error as the model's ``ExternalCalendarError`` for `file`.
    func externalError(file: String) -> ExternalCalendarError {
        .malformed(file: file, line: line, reason: message)
    }

    /// The `X-LIC-ERROR` properties anywhere in the tree, in document order.
    ///
    /// libical's parser does not fail on syntax errors: it drops what it cannot read and
    /// records an `X-LIC-ERROR` property in the enclosing component. Count them after every
    /// parse.
    static func parserErrors(in root: ICalComponentView) -> [String] {
        root.descendantsAndSelf().flatMap { component in
            component.properties(ICAL_XLICERROR_PROPERTY).map { property in
                Libical.string(icalproperty_get_xlicerror(property)) ?? "unknown parse error"
            }
        }
    }
}
