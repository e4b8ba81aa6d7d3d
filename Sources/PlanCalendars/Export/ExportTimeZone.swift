import CLibical

/// The `VTIMEZONE` every exported calendar carries.
///
/// For `Europe/Copenhagen` a compact definition with the two rules in force since 1996
/// (summer time from the last Sunday of March at 02:00, standard time from the last Sunday
/// of October at 03:00): the form Outlook handles, instead of libical's history back to
/// 1890. `UTC` and `GMT`, which libical names but does not define, get one `STANDARD` block
/// of offset 0. Other zones come from libical's built-in data. Either way the `TZID` is the plain
/// IANA name: libical 3.0.16 prefixes its built-in zones
/// (`/freeassociation.sourceforge.net/…`) and ignores an empty prefix setting, so the
/// property is rewritten.
enum ExportTimeZone {
    /// A new `VTIMEZONE` component for `name`, or nil when libical does not know the zone.
    static func component(for name: String) -> ICalComponent? {
        if name == "Europe/Copenhagen" { return copenhagen() }
        guard let zone = icaltimezone_get_builtin_timezone(name) else { return nil }
        // libical knows `UTC` and `GMT` by name but has no definition for them.
        guard let builtin = icaltimezone_get_component(zone) else { return utc(named: name) }
        let copy = ICalComponent(owning: icalcomponent_new_clone(builtin))
        if let tzid = copy.view.property(ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(tzid, name)
        }
        return copy
    }

    /// A zone that is UTC all year, under `name`.
    private static func utc(named name: String) -> ICalComponent {
        let zone = ICalComponent(kind: ICAL_VTIMEZONE_COMPONENT)
        zone.add(ICalProperty(icalproperty_new_tzid(name)))
        let block = ICalComponent(kind: ICAL_XSTANDARD_COMPONENT)
        block.add(ICalProperty(icalproperty_new_tzname("UTC")))
        block.add(ICalProperty(icalproperty_new_tzoffsetfrom(0)))
        block.add(ICalProperty(icalproperty_new_tzoffsetto(0)))
        let start = icaltimetype(
            year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, is_date: 0, is_daylight: 0, zone: nil)
        block.add(ICalProperty(icalproperty_new_dtstart(start)))
        block.adopt(into: zone)
        return zone
    }

    private static func copenhagen() -> ICalComponent {
        let zone = ICalComponent(kind: ICAL_VTIMEZONE_COMPONENT)
        zone.add(ICalProperty(icalproperty_new_tzid("Europe/Copenhagen")))
        zone.add(.x("X-LIC-LOCATION", "Europe/Copenhagen"))
        observance(
            kind: ICAL_XSTANDARD_COMPONENT, name: "CET", from: 7200, to: 3600, month: 10, hour: 3
        ).adopt(into: zone)
        observance(
            kind: ICAL_XDAYLIGHT_COMPONENT, name: "CEST", from: 3600, to: 7200, month: 3, hour: 2
        ).adopt(into: zone)
        return zone
    }

    /// One `STANDARD` or `DAYLIGHT` block: switching on the last Sunday of `month`.
    private static func observance(
        kind: icalcomponent_kind, name: String, from: Int32, to: Int32, month: Int32, hour: Int32
    ) -> ICalComponent {
        let block = ICalComponent(kind: kind)
        block.add(ICalProperty(icalproperty_new_tzname(name)))
        block.add(ICalProperty(icalproperty_new_tzoffsetfrom(Int32(from))))
        block.add(ICalProperty(icalproperty_new_tzoffsetto(Int32(to))))
        // 1970: the first year of the rule as iCalendar clients conventionally write it;
        // the last Sunday of March 1970 was the 29th, of October the 25th.
        let start = icaltimetype(
            year: 1970, month: month, day: month == 3 ? 29 : 25, hour: hour, minute: 0, second: 0, is_date: 0,
            is_daylight: 0, zone: nil)
        block.add(ICalProperty(icalproperty_new_dtstart(start)))
        block.add(
            ICalProperty(
                icalproperty_new_rrule(icalrecurrencetype_from_string("FREQ=YEARLY;BYMONTH=\(month);BYDAY=-1SU"))))
        return block
    }
}
