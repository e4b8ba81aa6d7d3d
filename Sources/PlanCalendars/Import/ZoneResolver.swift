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
    mutating func moment(of property: OpaquePointer, value: (OpaquePointer?) -> icaltimetype) throws(LibicalError)
        -> Moment
    {
        try moment(of: property, time: value(property))
    }

    /// `time`, read from `property`, with the zone its `TZID` names.
    mutating func moment(of property: OpaquePointer, time: icaltimetype) throws(LibicalError) -> Moment {
        var time = time
        guard Self.isValid(time) else {
            let name = Libical.string(icalproperty_get_property_name(property)) ?? "date"
            let value = Libical.takeString(icalproperty_get_value_as_string_r(property))
            throw LibicalError(
                line: line(ofProperty: name, value: value), message: "\(name) is not a valid date or time: '\(value)'")
        }
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
        let found =
            icalcomponent_get_timezone(calendar.pointer, tzid)
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

    /// Whether libical's value is a real date (and time): libical accepts some impossible
    /// ones, such as month 13.
    static func isValid(_ time: icaltimetype) -> Bool {
        guard icaltime_is_null_time(time) == 0, (1...12).contains(time.month), (1...9999).contains(time.year),
            time.day >= 1, Int(time.day) <= CalendarDay.daysIn(month: Int(time.month), year: Int(time.year))
        else { return false }
        return time.is_date != 0
            || ((0..<24).contains(time.hour) && (0..<60).contains(time.minute) && (0...60).contains(time.second))
    }

    /// The line of a property whose value libical may have rewritten (`2026-13-45` comes
    /// back as `20261345`): the first line of that property whose digits match, else the
    /// first line of that property.
    func line(ofProperty name: String, value: String) -> Int? {
        let digits = value.filter(\.isNumber)
        var first: Int?
        var number = 0
        for line in source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let upper = line.uppercased()
            guard upper.hasPrefix(name + ":") || upper.hasPrefix(name + ";") else { continue }
            if first == nil { first = number }
            if let colon = line.lastIndex(of: ":"), line[colon...].filter(\.isNumber) == digits { return number }
        }
        return first
    }

    /// The 1-based number of the first source line containing `fragment`.
    func line(containing fragment: String) -> Int? {
        ICalParser.line(in: source, containing: fragment)
    }
}
