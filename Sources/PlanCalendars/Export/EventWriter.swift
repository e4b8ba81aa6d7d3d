import CLibical
import PlanningModel

/// Builds the `VEVENT` of one calendar entry with libical and serialises it.
///
/// Use only inside ``Libical/run(_:)``.
struct EventWriter {
    /// `DTSTAMP`, in UTC.
    let stamp: icaltimetype
    /// The `TZID` of every local time (the calendar's `VTIMEZONE`).
    let tzid: String

    /// The entry's `VEVENT` as iCalendar text.
    func text(of activity: CalendarActivity) -> String {
        let event = ICalComponent(kind: ICAL_VEVENT_COMPONENT)
        event.add(ICalProperty(icalproperty_new_uid(activity.uid)))
        event.add(ICalProperty(icalproperty_new_dtstamp(stamp)))
        event.add(ICalProperty(icalproperty_new_sequence(Int32(clamping: activity.sequence))))
        event.add(ICalProperty(icalproperty_new_summary(activity.summary)))
        let startMinutes = activity.start.minutes
        event.add(zoned(ICalProperty(icalproperty_new_dtstart(local(activity.date, minutes: startMinutes)))))
        event.add(
            zoned(ICalProperty(icalproperty_new_dtend(local(activity.date, minutes: startMinutes + activity.minutes)))))
        if let location = activity.location {
            event.add(ICalProperty(icalproperty_new_location(location)))
        }
        if let geo = activity.geo {
            event.add(ICalProperty(icalproperty_new_geo(icalgeotype(lat: geo.lat, lon: geo.lon))))
        }
        if let organizer = activity.organizer, let email = organizer.email {
            let property = ICalProperty(icalproperty_new_organizer("mailto:\(email)"))
            property.add(parameter: icalparameter_new_cn(organizer.name))
            event.add(property)
        }
        event.add(ICalProperty(icalproperty_new_categories(activity.category)))
        event.add(ICalProperty(icalproperty_new_description(activity.description)))
        // A cancelled entry no longer blocks the time.
        event.add(
            ICalProperty(icalproperty_new_status(activity.isCancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED)))
        event.add(
            ICalProperty(icalproperty_new_transp(activity.isCancelled ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE)))
        return event.serialized()
    }

    /// `property` with `TZID` set to the calendar's zone.
    private func zoned(_ property: consuming ICalProperty) -> ICalProperty {
        property.add(parameter: icalparameter_new_tzid(tzid))
        return property
    }

    /// A local (floating) date-time; the `TZID` parameter places it in the zone.
    private func local(_ day: CalendarDay, minutes: Int) -> icaltimetype {
        let parts = day.adding(days: minutes / 1440).components
        let minute = minutes % 1440
        return icaltimetype(
            year: Int32(parts.year), month: Int32(parts.month), day: Int32(parts.day), hour: Int32(minute / 60),
            minute: Int32(minute % 60), second: 0, is_date: 0, is_daylight: 0, zone: nil)
    }
}
