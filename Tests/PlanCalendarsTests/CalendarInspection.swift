import CLibical
import PlanningModel

@testable import PlanCalendars

/// An exported calendar read back with libical, as plain Swift values.
struct InspectedCalendar {
    /// Calendar-level properties by name (`X-` names included), values unescaped.
    var properties: [String: [String]] = [:]
    /// The `TZID` of every `VTIMEZONE`.
    var timeZones: [String] = []
    /// Names of the observances of the first `VTIMEZONE` (`STANDARD`, `DAYLIGHT`).
    var observances: [String] = []
    var events: [InspectedEvent] = []

    func events(uid: String) -> [InspectedEvent] { events.filter { $0.uid == uid } }
}

struct InspectedEvent {
    var uid = ""
    var properties: [String: [String]] = [:]
    /// `TZID` parameters of `DTSTART`, `DTEND` and `RECURRENCE-ID`.
    var tzids: [String] = []

    func value(_ name: String) -> String? { properties[name]?.first }
    var isOverride: Bool { properties["RECURRENCE-ID"] != nil }
}

enum CalendarInspection {
    /// Parses `text` with libical (any X-LIC-ERROR fails) and lists what it holds.
    static func inspect(_ text: String) throws -> InspectedCalendar {
        try Libical.run { () throws -> InspectedCalendar in
            let root = try ICalParser.parse(text)
            var result = InspectedCalendar()
            result.properties = properties(of: root.view)
            for zone in root.view.children(ICAL_VTIMEZONE_COMPONENT) {
                result.timeZones.append(properties(of: zone)["TZID"]?.first ?? "")
                if result.observances.isEmpty {
                    result.observances = zone.children().map {
                        Libical.string(icalcomponent_kind_to_string(icalcomponent_isa($0.pointer))) ?? ""
                    }
                }
            }
            for event in root.view.children(ICAL_VEVENT_COMPONENT) {
                var inspected = InspectedEvent()
                inspected.properties = properties(of: event)
                inspected.uid = inspected.value("UID") ?? ""
                for kind in [ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY, ICAL_RECURRENCEID_PROPERTY] {
                    for property in event.properties(kind) {
                        if let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) {
                            inspected.tzids.append(Libical.string(icalparameter_get_tzid(parameter)) ?? "")
                        } else {
                            inspected.tzids.append("")
                        }
                    }
                }
                result.events.append(inspected)
            }
            return result
        }
    }

    private static func properties(of component: ICalComponentView) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for property in component.properties(ICAL_ANY_PROPERTY) {
            let kind = icalproperty_isa(property)
            let name =
                kind == ICAL_X_PROPERTY
                ? Libical.string(icalproperty_get_x_name(property)) ?? "X-?"
                : Libical.string(icalproperty_kind_to_string(kind)) ?? "?"
            let value: String
            switch kind {
            case ICAL_SUMMARY_PROPERTY: value = Libical.string(icalproperty_get_summary(property)) ?? ""
            case ICAL_DESCRIPTION_PROPERTY: value = Libical.string(icalproperty_get_description(property)) ?? ""
            case ICAL_LOCATION_PROPERTY: value = Libical.string(icalproperty_get_location(property)) ?? ""
            case ICAL_CATEGORIES_PROPERTY: value = Libical.string(icalproperty_get_categories(property)) ?? ""
            case ICAL_NAME_PROPERTY: value = Libical.string(icalproperty_get_name(property)) ?? ""
            case ICAL_X_PROPERTY: value = Libical.string(icalproperty_get_x(property)) ?? ""
            case ICAL_ORGANIZER_PROPERTY:
                let cn =
                    icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER)
                    .flatMap { Libical.string(icalparameter_get_cn($0)) } ?? ""
                value = "\(cn) \(Libical.string(icalproperty_get_organizer(property)) ?? "")"
            default: value = Libical.takeString(icalproperty_get_value_as_string_r(property))
            }
            result[name, default: []].append(value)
        }
        return result
    }
}
