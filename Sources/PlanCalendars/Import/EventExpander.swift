import CLibical
import PlanningModel

/// Expands the events of a parsed calendar into occurrences in one time zone.
///
/// Recurrences are expanded here, with libical's recurrence iterator (`RRULE`) plus the
/// event's `RDATE`s, minus its `EXDATE`s and the instances that `RECURRENCE-ID` overrides
/// replace. libical's own span and free/busy helpers are not used: in libical 3.0.16 they
/// stretch all-day events by a day. Events with `STATUS:CANCELLED` or `TRANSP:TRANSPARENT`
/// (also overrides with them) are skipped.
///
/// Use only inside ``Libical/run(_:)``; the time zone pointers are libical's.
struct EventExpander {
    /// The scenario's time zone (`icaltimezone *`); floating times are read in it.
    let zone: OpaquePointer
    /// Occurrences that do not touch this range are dropped.
    let window: DateRange
    /// Recurrence instances examined per rule at most (a guard against endless rules
    /// starting long before the window).
    var instanceLimit = 200_000

    /// The scenario time zone by IANA name, as libical loads it from tzdata (once; libical
    /// caches its built-in zones).
    static func zone(named name: String) -> OpaquePointer? {
        if name == "UTC" || name == "Etc/UTC" { return icaltimezone_get_utc_timezone() }
        return icaltimezone_get_builtin_timezone(name)
    }

    /// Every occurrence of every `VEVENT` under `root`, sorted by start.
    ///
    /// - Throws: ``LibicalError`` for an event without `DTSTART` or with a `TZID` that is
    ///   neither defined in the file nor known to libical.
    func occurrences(in root: ICalComponentView, source: String) throws(LibicalError) -> [EventOccurrence] {
        let calendars = root.kind == ICAL_XROOT_COMPONENT ? root.children(ICAL_VCALENDAR_COMPONENT) : [root]
        var result: [EventOccurrence] = []
        for calendar in calendars {
            var zones = ZoneResolver(calendar: calendar, source: source)
            let events = calendar.children(ICAL_VEVENT_COMPONENT)
            var overrides: [String: [ICalComponentView]] = [:]
            var masters: [(uid: String, event: ICalComponentView)] = []
            for (index, event) in events.enumerated() {
                let uid = Libical.string(icalcomponent_get_uid(event.pointer)) ?? "#event-\(index + 1)"
                if event.property(ICAL_RECURRENCEID_PROPERTY) != nil {
                    overrides[uid, default: []].append(event)
                } else {
                    masters.append((uid, event))
                }
            }
            for (uid, event) in masters {
                var replaced = MomentExclusions(defaultZone: zone)
                for override in overrides[uid] ?? [] {
                    replaced.insert(
                        try zones.moment(
                            of: override.property(ICAL_RECURRENCEID_PROPERTY)!, value: icalproperty_get_recurrenceid))
                }
                if !Self.isBusy(event) { continue }
                try result.append(contentsOf: expand(event, uid: uid, excluding: replaced, zones: &zones))
            }
            for (uid, list) in overrides.sorted(by: { $0.key < $1.key }) {
                for override in list where Self.isBusy(override) {
                    try result.append(
                        contentsOf: expand(
                            override, uid: uid, excluding: MomentExclusions(defaultZone: zone), zones: &zones,
                            single: true))
                }
            }
        }
        let windowStart = LocalDateTime(day: window.from, minutes: 0)
        let windowEnd = LocalDateTime(day: window.to.adding(days: 1), minutes: 0)
        return
            result
            .filter {
                $0.start < windowEnd && ($0.end > windowStart || ($0.end == $0.start && $0.start >= windowStart))
            }
            .sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
    }

    /// False for cancelled and transparent events, which block no time.
    static func isBusy(_ event: ICalComponentView) -> Bool {
        if let status = event.property(ICAL_STATUS_PROPERTY), icalproperty_get_status(status) == ICAL_STATUS_CANCELLED {
            return false
        }
        if let transp = event.property(ICAL_TRANSP_PROPERTY) {
            let value = icalproperty_get_transp(transp)
            if value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT { return false }
        }
        return true
    }

    private func expand(
        _ event: ICalComponentView, uid: String, excluding replaced: MomentExclusions, zones: inout ZoneResolver,
        single: Bool = false
    ) throws(LibicalError) -> [EventOccurrence] {
        guard let startProperty = event.property(ICAL_DTSTART_PROPERTY) else {
            throw LibicalError(line: zones.line(containing: "UID:\(uid)"), message: "event \(uid) has no DTSTART")
        }
        let start = try zones.moment(of: startProperty, value: icalproperty_get_dtstart)
        let length = try self.length(of: event, start: start, zones: &zones)

        var instances: [Moment] = [start]
        if !single {
            for rule in event.properties(ICAL_RRULE_PROPERTY) {
                instances.append(contentsOf: expand(rule: icalproperty_get_rrule(rule), from: start))
            }
            for property in event.properties(ICAL_RDATE_PROPERTY) {
                let value = icalproperty_get_rdate(property)
                let time = icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
                if icaltime_is_null_time(time) == 0 {
                    instances.append(try zones.moment(of: property, time: time))
                }
            }
            var excluded = replaced
            for property in event.properties(ICAL_EXDATE_PROPERTY) {
                excluded.insert(try zones.moment(of: property, value: icalproperty_get_exdate))
            }
            var seen = Set<Int>()
            instances = instances.filter { instance in
                let key = instance.isDate ? instance.ownDay.ordinal : instance.absolute(defaultZone: zone)
                return !excluded.contains(instance) && seen.insert(key).inserted
            }
        }
        return instances.map { occurrence(uid: uid, start: $0, length: length) }
    }

    /// Instances of one rule, from `start` until past the window.
    private func expand(rule: icalrecurrencetype, from start: Moment) -> [Moment] {
        guard let iterator = icalrecur_iterator_new(rule, start.time) else { return [] }
        defer { icalrecur_iterator_free(iterator) }
        let last = window.to.adding(days: 2)
        var result: [Moment] = []
        var examined = 0
        while examined < instanceLimit {
            var next = icalrecur_iterator_next(iterator)
            if icaltime_is_null_time(next) != 0 { break }
            examined += 1
            next.zone = start.time.zone
            next.is_date = start.time.is_date
            let moment = Moment(time: next)
            if moment.ownDay > last { break }
            result.append(moment)
        }
        return result
    }

    /// How long each occurrence lasts: whole days for an all-day event, seconds otherwise.
    private func length(of event: ICalComponentView, start: Moment, zones: inout ZoneResolver) throws(LibicalError)
        -> Length
    {
        if let endProperty = event.property(ICAL_DTEND_PROPERTY) {
            let end = try zones.moment(of: endProperty, value: icalproperty_get_dtend)
            if start.isDate {
                return .days(max(1, start.ownDay.days(to: end.ownDay)))
            }
            return .seconds(max(0, end.absolute(defaultZone: zone) - start.absolute(defaultZone: zone)))
        }
        if let durationProperty = event.property(ICAL_DURATION_PROPERTY) {
            let duration = icalproperty_get_duration(durationProperty)
            let seconds = icaldurationtype_as_int(duration)
            if start.isDate {
                return .days(max(1, Int(seconds) / 86_400))
            }
            return .seconds(max(0, Int(seconds)))
        }
        return start.isDate ? .days(1) : .seconds(0)
    }

    private func occurrence(uid: String, start: Moment, length: Length) -> EventOccurrence {
        switch length {
        case .days(let days):
            let first = start.ownDay
            return EventOccurrence(
                uid: uid, allDay: true, start: LocalDateTime(day: first, minutes: 0),
                end: LocalDateTime(day: first.adding(days: days), minutes: 0))
        case .seconds(let seconds):
            let begin = start.absolute(defaultZone: zone)
            return EventOccurrence(
                uid: uid, allDay: false, start: local(begin), end: local(begin + seconds))
        }
    }

    /// The wall-clock time in the scenario's zone of a UTC instant (seconds since 1970).
    func local(_ instant: Int) -> LocalDateTime {
        let time = icaltime_from_timet_with_zone(time_t(instant), 0, zone)
        return LocalDateTime(
            day: CalendarDay(year: Int(time.year), month: Int(time.month), day: Int(time.day)),
            minutes: Int(time.hour) * 60 + Int(time.minute))
    }

    private enum Length {
        case days(Int)
        case seconds(Int)
    }
}
