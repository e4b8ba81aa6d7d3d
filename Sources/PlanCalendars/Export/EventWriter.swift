import CLibical
import PlanningModel

/// Builds the `VEVENT`s of one activity with libical and serialises them.
///
/// Use only inside ``Libical/run(_:)``.
struct EventWriter {
    /// `DTSTAMP`, in UTC.
    let stamp: icaltimetype
    let sequence: Int32
    /// The `TZID` of every local time (the calendar's `VTIMEZONE`).
    let tzid: String

    /// The activity's events as iCalendar text: one `VEVENT`, or for a supervision group
    /// the recurring `VEVENT` followed by its `RECURRENCE-ID` overrides.
    func text(of activity: CalendarActivity) -> String {
        guard activity.dates.count > 1 else {
            return event(activity, day: activity.dates[0], rule: nil, recurrenceID: nil).serialized()
        }
        let recurrence = WeeklyRecurrence(sessions: activity.dates, everyWeeks: activity.everyWeeks ?? 1)
        var text = event(activity, day: recurrence.first, rule: recurrence.rule, recurrenceID: nil).serialized()
        for move in recurrence.moves {
            text += event(activity, day: move.to, rule: nil, recurrenceID: move.from).serialized()
        }
        return text
    }

    private func event(_ activity: CalendarActivity, day: CalendarDay, rule: String?, recurrenceID: CalendarDay?)
        -> ICalComponent
    {
        let event = ICalComponent(kind: ICAL_VEVENT_COMPONENT)
        event.add(ICalProperty(icalproperty_new_uid(activity.uid)))
        event.add(ICalProperty(icalproperty_new_dtstamp(stamp)))
        event.add(ICalProperty(icalproperty_new_sequence(sequence)))
        event.add(ICalProperty(icalproperty_new_summary(activity.summary)))
        let startTime = local(day, minutes: activity.start.minutes)
        event.add(zoned(ICalProperty(icalproperty_new_dtstart(startTime))))
        event.add(
            zoned(ICalProperty(icalproperty_new_dtend(local(day, minutes: activity.start.minutes + activity.minutes)))))
        if let rule {
            event.add(ICalProperty(icalproperty_new_rrule(icalrecurrencetype_from_string(rule))))
        }
        if let recurrenceID {
            event.add(
                zoned(ICalProperty(icalproperty_new_recurrenceid(local(recurrenceID, minutes: activity.start.minutes))))
            )
        }
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
        event.add(ICalProperty(icalproperty_new_status(ICAL_STATUS_CONFIRMED)))
        event.add(ICalProperty(icalproperty_new_transp(ICAL_TRANSP_OPAQUE)))
        return event
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
