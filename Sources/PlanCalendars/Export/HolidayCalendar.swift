import CLibical
import Foundation
import PlanningModel

/// Writes named date ranges (school holidays, closures) as an iCalendar file of all-day
/// events, the form `calendar.schoolHolidayCalendars` and `calendar.closedCalendars` read.
///
/// Used to produce `Calendars/midtjylland-2026-skoleferier.ics` from the default
/// scenario's `calendar.schoolHolidays`. The events are opaque (no `TRANSP:TRANSPARENT`),
/// because the reader skips transparent events.
enum HolidayCalendar {
    /// - Parameters:
    ///   - ranges: inclusive date ranges; each becomes one all-day event (`DTEND` is the
    ///     day after `to`, as RFC 5545 counts it).
    ///   - name: the calendar's display name.
    ///   - uidPrefix: prefix of each event's `UID` (the range's first date is appended).
    ///   - stamp: the `DTSTAMP`.
    static func text(ranges: [DateRange], name: String, uidPrefix: String, stamp: Date) -> String {
        Libical.run { () -> String in
            let calendar = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
            calendar.add(ICalProperty(icalproperty_new_version("2.0")))
            calendar.add(ICalProperty(icalproperty_new_prodid("-//STIME+ Region Midtjylland//stime-planner//DA")))
            calendar.add(ICalProperty(icalproperty_new_calscale("GREGORIAN")))
            calendar.add(ICalProperty(icalproperty_new_method(ICAL_METHOD_PUBLISH)))
            calendar.add(ICalProperty(icalproperty_new_name(name)))
            calendar.add(.x("X-WR-CALNAME", name))
            for range in ranges {
                let event = ICalComponent(kind: ICAL_VEVENT_COMPONENT)
                event.add(ICalProperty(icalproperty_new_uid("\(uidPrefix)-\(range.from)@stime-planner")))
                event.add(ICalProperty(icalproperty_new_dtstamp(CalendarExport.utc(stamp))))
                event.add(ICalProperty(icalproperty_new_summary(range.name ?? name)))
                event.add(date(ICalProperty(icalproperty_new_dtstart(Self.date(range.from)))))
                event.add(date(ICalProperty(icalproperty_new_dtend(Self.date(range.to.adding(days: 1))))))
                event.adopt(into: calendar)
            }
            return calendar.serialized()
        }
    }

    private static func date(_ property: consuming ICalProperty) -> ICalProperty {
        property.add(parameter: icalparameter_new_value(ICAL_VALUE_DATE))
        return property
    }

    private static func date(_ day: CalendarDay) -> icaltimetype {
        let parts = day.components
        return icaltimetype(
            year: Int32(parts.year), month: Int32(parts.month), day: Int32(parts.day), hour: 0, minute: 0, second: 0,
            is_date: 1, is_daylight: 0, zone: nil)
    }
}
