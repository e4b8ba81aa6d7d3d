import CLibical
import PlanningModel

/// Resolves the `TZID` parameters of one calendar's properties to libical time zones.
///
/// A `TZID` is looked up among the calendar's own `VTIMEZONE`s first (Outlook writes
/// Windows names such as `Romance Standard Time` with their definitions), then among
/// libical's built-in zones by IANA name, then by libical's prefixed `TZID`.
struct ZoneResolver {
    let calendar: ICalComponentView
    let source: String
    private var cache: [String: OpaquePointer] = [:]

    init(calendar: ICalComponentView, source: String) {
        self.calendar = calendar
        self.source = source
    }

    /// The value of a date or date-time property, with its zone attached.
    mutating func moment(of property: OpaquePointer, value: (OpaquePointer?) -> icaltimetype) throws(LibicalError) -> Moment {
        try moment(of: property, time: value(property))
    }

    /// `time`, read from `property`, with the zone its `TZID` names.
    mutating func moment(of property: OpaquePointer, time: icaltimetype) throws(LibicalError) -> Moment {
        var time = time
        if time.is_date != 0 {
            time.zone = nil
            return Moment(time: time)
        }
        if time.zone != nil { return Moment(time: time) }  // UTC ("Z")
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
              let tzid = Libical.string(icalparameter_get_tzid(parameter))
        else { return Moment(time: time) }  // floating
        time.zone = try zone(tzid)
        return Moment(time: time)
    }

    private mutating func zone(_ tzid: String) throws(LibicalError) -> OpaquePointer {
        if let known = cache[tzid] { return known }
        let found = icalcomponent_get_timezone(calendar.pointer, tzid)
            ?? EventExpander.zone(named: tzid)
            ?? icaltimezone_get_builtin_timezone_from_tzid(tzid)
        guard let found else {
            throw LibicalError(
                line: line(containing: "TZID=\(tzid)"),
                message: "unknown time zone '\(tzid)': the file has no VTIMEZONE for it and it is no IANA name")
        }
        cache[tzid] = found
        return found
    }

    /// The 1-based number of the first source line containing `fragment`.
    func line(containing fragment: String) -> Int? {
        ICalParser.line(in: source, containing: fragment)
    }
}
