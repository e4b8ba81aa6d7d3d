import CLibical
import PlanningModel

/// A rule that repeats every few seconds, minutes or hours and has no `BY…` part
/// (`FREQ=SECONDLY;COUNT=1000000`): its instances are `DTSTART + k × step`, so which days
/// and slots it covers follows by arithmetic instead of by walking through its instances
/// (a million in less than a fortnight at `FREQ=SECONDLY`).
///
/// Like libical's iterator, it steps the wall clock of `DTSTART`'s zone (UTC for a `Z`
/// time, the scenario's zone for a floating one): instants here are *wall seconds*,
/// seconds from 1970-01-01 00:00 on that clock.
struct DenseRecurrence {
    /// `DTSTART`, in wall seconds.
    let first: Int
    /// Seconds from one instance to the next.
    let step: Int
    /// Instances of the rule (from `COUNT` or `UNTIL`); nil when it never ends.
    let count: Int?

    /// The rule as a dense recurrence, or nil when it is not one (a coarser frequency, a
    /// `BY…` part, a calendar scale, an all-day start).
    init?(rule: icalrecurrencetype, start: Moment, defaultZone: OpaquePointer) {
        let zone = start.time.zone ?? defaultZone
        let unit: Int
        switch rule.freq {
        case ICAL_SECONDLY_RECURRENCE: unit = 1
        case ICAL_MINUTELY_RECURRENCE: unit = 60
        case ICAL_HOURLY_RECURRENCE: unit = 3600
        default: return nil
        }
        let unlimited = Int16(ICAL_RECURRENCE_ARRAY_MAX.rawValue)
        let firsts = [
            rule.by_second.0, rule.by_minute.0, rule.by_hour.0, rule.by_day.0, rule.by_month_day.0,
            rule.by_year_day.0, rule.by_week_no.0, rule.by_month.0, rule.by_set_pos.0,
        ]
        guard !start.isDate, rule.rscale == nil, firsts.allSatisfy({ $0 == unlimited }) else { return nil }
        first = Self.wallSeconds(start.time)
        step = unit * max(1, Int(rule.interval))
        if rule.count > 0 {
            count = Int(rule.count)
        } else if icaltime_is_null_time(rule.until) == 0 {
            let until = rule.until
            // A UTC UNTIL is read on DTSTART's clock; an UNTIL date ends with that day.
            let last =
                until.zone != nil && until.is_date == 0
                ? Self.wallSeconds(absolute: Moment(time: until).absolute(defaultZone: zone), zone: zone)
                : Self.wallSeconds(until) + (until.is_date != 0 ? 86_399 : 0)
            count = last < first ? 1 : (last - first) / step + 1
        } else {
            count = nil
        }
    }

    /// The wall seconds of a libical time, as its fields say (its zone not applied).
    static func wallSeconds(_ time: icaltimetype) -> Int {
        let day = CalendarDay(year: Int(time.year), month: Int(time.month), day: Int(time.day))
        return day.ordinal * 86_400 + Int(time.hour) * 3600 + Int(time.minute) * 60 + Int(time.second)
    }

    /// The wall seconds in `zone` of an instant (seconds since 1970, UTC).
    static func wallSeconds(absolute: Int, zone: OpaquePointer) -> Int {
        wallSeconds(icaltime_from_timet_with_zone(time_t(absolute), 0, zone))
    }

    /// The libical time of wall seconds, zone not set.
    static func time(wallSeconds: Int) -> icaltimetype {
        let days = wallSeconds >= 0 ? wallSeconds / 86_400 : -((-wallSeconds + 86_399) / 86_400)
        let parts = CalendarDay(ordinal: days).components
        let second = wallSeconds - days * 86_400
        return icaltimetype(
            year: Int32(parts.year), month: Int32(parts.month), day: Int32(parts.day), hour: Int32(second / 3600),
            minute: Int32(second % 3600 / 60), second: Int32(second % 60), is_date: 0, is_daylight: 0, zone: nil)
    }

    /// Wall seconds of instance `index` (0 is `DTSTART`).
    func instant(_ index: Int) -> Int { first + index * step }

    /// Whether instance `index` exists.
    func contains(_ index: Int) -> Bool { index >= 0 && (count.map { index < $0 } ?? true) }

    /// The first instance at or after `instant`, in wall seconds (0 when `instant` is
    /// before `DTSTART`).
    func firstIndex(atOrAfter instant: Int) -> Int {
        guard instant > first else { return 0 }
        return (instant - first + step - 1) / step
    }
}
