import CLibical
import PlanningModel

/// Expands the events of a parsed calendar into occurrences in one time zone.
///
/// Recurrences are expanded here by what they cover, not by a count of instances, so that
/// no limit can drop a busy day:
///
/// - a rule that repeats every few seconds, minutes or hours without `BY…` parts
///   (``DenseRecurrence``) is reduced by arithmetic to one real instance per part of each
///   window day that it touches (the parts are cut at the slot times), whatever its `COUNT`;
/// - every other rule goes through libical's recurrence iterator (plus the event's
///   `RDATE`s, minus its `EXDATE`s and the instances that `RECURRENCE-ID` overrides
///   replace). An endless rule that starts centuries before the window is first moved
///   forward by whole multiples of 400 × `INTERVAL` years, which leave the Gregorian
///   calendar and the rule's instances where they are. Past ``instanceBudget`` instances
///   (only a rule with many `BY…` times a day gets there) the rule is read as busy from
///   its last instance examined to its end, with a warning: more than it says, never less.
///
/// libical's own span and free/busy helpers are not used: in libical 3.0.16 they stretch
/// all-day events by a day. Events with `STATUS:CANCELLED` or `TRANSP:TRANSPARENT` (also
/// overrides with them) are skipped.
///
/// Use only inside ``Libical/run(_:)``; the time zone pointers are libical's.
struct EventExpander {
    /// The scenario's time zone (`icaltimezone *`); floating times are read in it.
    let zone: OpaquePointer
    /// Occurrences that do not touch this range are dropped.
    let window: DateRange
    /// The scenario's slot times: where a day's parts begin and end.
    let slots: SlotTimes
    /// Recurrence instances examined per iterated rule at most.
    var instanceBudget = 1_000_000

    /// What expanding a calendar gave.
    struct Expansion {
        /// Occurrences that touch the window, sorted by start. For a dense rule, the
        /// instances that stand for all of its coverage.
        var occurrences: [EventOccurrence] = []
        var warnings: [ExternalCalendarWarning] = []
    }

    /// The scenario time zone by IANA name, as libical loads it from tzdata (once; libical
    /// caches its built-in zones).
    static func zone(named name: String) -> OpaquePointer? {
        if name == "UTC" || name == "Etc/UTC" { return icaltimezone_get_utc_timezone() }
        guard let zone = icaltimezone_get_builtin_timezone(name) else { return nil }
        // libical knows `GMT` by name but has no definition for it: it is UTC.
        return icaltimezone_get_component(zone) == nil ? icaltimezone_get_utc_timezone() : zone
    }

    /// Every occurrence of every `VEVENT` under `root` that touches the window, sorted by
    /// start, and the warnings about the file.
    ///
    /// - Throws: ``LibicalError`` for an event without `DTSTART` or with a `TZID` that is
    ///   neither defined in the file nor known to libical.
    func expand(_ root: ICalComponentView, source: String) throws(LibicalError) -> Expansion {
        let calendars = root.kind == ICAL_XROOT_COMPONENT ? root.children(ICAL_VCALENDAR_COMPONENT) : [root]
        var result: [EventOccurrence] = []
        var warnings = DateSyntaxCheck.warnings(in: source)
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
                try result.append(
                    contentsOf: expand(event, uid: uid, excluding: replaced, zones: &zones, warnings: &warnings))
            }
            for (uid, list) in overrides.sorted(by: { $0.key < $1.key }) {
                for override in list where Self.isBusy(override) {
                    try result.append(
                        contentsOf: expand(
                            override, uid: uid, excluding: MomentExclusions(defaultZone: zone), zones: &zones,
                            warnings: &warnings, single: true))
                }
            }
        }
        let windowStart = LocalDateTime(day: window.from, minutes: 0)
        let windowEnd = LocalDateTime(day: window.to.adding(days: 1), minutes: 0)
        let occurrences =
            result
            .filter {
                $0.start < windowEnd && ($0.end > windowStart || ($0.end == $0.start && $0.start >= windowStart))
            }
            .sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
        return Expansion(occurrences: occurrences, warnings: warnings.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
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
        warnings: inout [ExternalCalendarWarning], single: Bool = false
    ) throws(LibicalError) -> [EventOccurrence] {
        guard let startProperty = event.property(ICAL_DTSTART_PROPERTY) else {
            throw LibicalError(line: zones.line(containing: "UID:\(uid)"), message: "event \(uid) has no DTSTART")
        }
        let start = try zones.moment(of: startProperty, value: icalproperty_get_dtstart)
        let length = try self.length(of: event, start: start, zones: &zones)

        var instances: [Moment] = [start]
        var saturated: [EventOccurrence] = []
        if !single {
            var excluded = replaced
            for property in event.properties(ICAL_EXDATE_PROPERTY) {
                excluded.insert(try zones.moment(of: property, value: icalproperty_get_exdate))
            }
            for property in event.properties(ICAL_RRULE_PROPERTY) {
                let rule = icalproperty_get_rrule(property)
                if let dense = DenseRecurrence(rule: rule, start: start, defaultZone: zone) {
                    instances.append(
                        contentsOf: representatives(
                            of: dense, start: start, length: length,
                            excluding: excluded))
                    continue
                }
                let iterated = iterate(rule, from: start, length: length)
                instances.append(contentsOf: iterated.instances)
                if let last = iterated.cutAt {
                    let until = Self.until(of: rule, start: start, defaultZone: zone)
                    saturated.append(saturation(uid: uid, from: last, until: until))
                    warnings.append(
                        ExternalCalendarWarning(
                            line: zones.line(containing: "UID:\(uid)"),
                            message: "the rule of event \(uid) has more than \(instanceBudget) instances before "
                                + "the end of the horizon; from \(local(last.absolute(defaultZone: zone))) on it "
                                + "is read as busy all the time"))
                }
            }
            for property in event.properties(ICAL_RDATE_PROPERTY) {
                let value = icalproperty_get_rdate(property)
                let time = icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
                if icaltime_is_null_time(time) == 0 {
                    instances.append(try zones.moment(of: property, time: time))
                }
            }
            var seen = Set<Int>()
            instances = instances.filter { instance in
                let key = instance.isDate ? instance.ownDay.ordinal : instance.absolute(defaultZone: zone)
                return !excluded.contains(instance) && seen.insert(key).inserted
            }
        }
        return instances.map { occurrence(uid: uid, start: $0, length: length) } + saturated
    }

    // MARK: - Rules

    /// Real instances of a dense rule that together touch every part of every window day
    /// the whole rule touches: for each part, the first instance not excluded that
    /// overlaps it (an instant: that falls in it).
    ///
    /// - Complexity: O(days of the window × parts of a day), plus one step per excluded
    ///   instance met.
    private func representatives(
        of rule: DenseRecurrence, start: Moment, length: Length, excluding excluded: MomentExclusions
    ) -> [Moment] {
        let seconds: Int
        switch length {
        case .seconds(let value): seconds = value
        case .days(let days): seconds = days * 86_400
        }
        let cuts = Array(
            Set([0, 1440, slots.am.start.minutes, slots.am.end.minutes, slots.pm.start.minutes, slots.pm.end.minutes])
                .filter { (0...1440).contains($0) }
        ).sorted()
        // The rule's own clock: UTC for a "Z" time, else its zone (floating: the scenario's).
        let clock = start.time.zone ?? zone
        func wall(_ absolute: Int) -> Int { DenseRecurrence.wallSeconds(absolute: absolute, zone: clock) }
        var result: [Moment] = []
        var day = window.from
        while day <= window.to {
            for (from, to) in zip(cuts, cuts.dropFirst()) {
                let lower = wall(absolute(day, minutes: from) - max(0, seconds - 1))
                let upper = wall(absolute(day, minutes: to))
                var index = rule.firstIndex(atOrAfter: lower)
                while rule.contains(index), rule.instant(index) < upper {
                    var time = DenseRecurrence.time(wallSeconds: rule.instant(index))
                    time.zone = start.time.zone
                    let instance = Moment(time: time)
                    if !excluded.contains(instance) {
                        result.append(instance)
                        break
                    }
                    index += 1
                }
            }
            day = day.adding(days: 1)
        }
        return result
    }

    /// Instances of one rule through libical, from `start` until past the window: the
    /// instances that may touch the window, and the last instance examined when the budget
    /// ran out first.
    private func iterate(_ rule: icalrecurrencetype, from start: Moment, length: Length)
        -> (instances: [Moment], cutAt: Moment?)
    {
        let spanDays: Int
        switch length {
        case .seconds(let value): spanDays = value / 86_400 + 2
        case .days(let days): spanDays = days + 2
        }
        let first = window.from.adding(days: -spanDays)
        var anchor = start.time
        if rule.count <= 0 {
            // Whole multiples of 400 × INTERVAL years leave the calendar (leap years,
            // weekdays, week numbers) and the rule's grid where they are; the anchor stays
            // a year and the instance's length before the window.
            let period = 400 * max(1, Int(rule.interval))
            let room = first.components.year - 1 - Int(anchor.year)
            if room >= period { anchor.year += Int32(room / period * period) }
        }
        guard let iterator = icalrecur_iterator_new(rule, anchor) else { return ([], nil) }
        defer { icalrecur_iterator_free(iterator) }
        let last = window.to.adding(days: 2)
        var result: [Moment] = []
        var examined = 0
        var previous: Moment?
        while true {
            var next = icalrecur_iterator_next(iterator)
            if icaltime_is_null_time(next) != 0 { return (result, nil) }
            next.zone = start.time.zone
            next.is_date = start.time.is_date
            let moment = Moment(time: next)
            if moment.ownDay > last { return (result, nil) }
            if examined == instanceBudget { return (result, previous ?? moment) }
            examined += 1
            previous = moment
            if moment.ownDay >= first { result.append(moment) }
        }
    }

    /// The end of a rule's last instance as a limit: its `UNTIL` (seconds since 1970), or
    /// nil when it has none.
    private static func until(of rule: icalrecurrencetype, start: Moment, defaultZone: OpaquePointer) -> Int? {
        guard icaltime_is_null_time(rule.until) == 0 else { return nil }
        var until = Moment(time: rule.until)
        if until.time.zone == nil { until.time.zone = start.time.zone }
        return until.absolute(defaultZone: defaultZone) + (until.isDate ? 86_400 : 0)
    }

    /// Busy all the time from the instance `from` to `until` (or the end of the window).
    private func saturation(uid: String, from: Moment, until: Int?) -> EventOccurrence {
        let windowEnd = LocalDateTime(day: window.to.adding(days: 1), minutes: 0)
        let begin = from.isDate ? LocalDateTime(day: from.ownDay, minutes: 0) : local(from.absolute(defaultZone: zone))
        let end = until.map { min(local($0), windowEnd) } ?? windowEnd
        return EventOccurrence(uid: uid, allDay: false, start: begin, end: max(begin, end))
    }

    /// Seconds since 1970 of a wall-clock time in the scenario's zone.
    private func absolute(_ day: CalendarDay, minutes: Int) -> Int {
        let parts = day.adding(days: minutes / 1440).components
        let minute = minutes % 1440
        let time = icaltimetype(
            year: Int32(parts.year), month: Int32(parts.month), day: Int32(parts.day), hour: Int32(minute / 60),
            minute: Int32(minute % 60), second: 0, is_date: 0, is_daylight: 0, zone: nil)
        return Int(icaltime_as_timet_with_zone(time, zone))
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
