import CLibical
import PlanningModel

/// A `DTSTART`, `RDATE`, `EXDATE` or `RECURRENCE-ID` value with its time zone resolved.
struct Moment {
    /// libical's time; `zone` is nil for floating times and dates.
    var time: icaltimetype

    var isDate: Bool { time.is_date != 0 }

    /// The date as written, in the value's own time zone.
    var ownDay: CalendarDay {
        CalendarDay(year: Int(time.year), month: Int(time.month), day: Int(time.day))
    }

    /// Seconds since 1970 (UTC); floating times are read in `defaultZone`.
    func absolute(defaultZone: OpaquePointer) -> Int {
        var resolved = time
        resolved.is_date = 0
        return Int(icaltime_as_timet_with_zone(resolved, time.zone ?? defaultZone))
    }
}

/// A set of instances to leave out (`EXDATE`s and instances replaced by overrides).
struct MomentExclusions {
    private var days: Set<CalendarDay> = []
    private var instants: Set<Int> = []
    private let defaultZone: OpaquePointer

    init(defaultZone: OpaquePointer) {
        self.defaultZone = defaultZone
    }

    mutating func insert(_ moment: Moment) {
        if moment.isDate {
            days.insert(moment.ownDay)
        } else {
            instants.insert(moment.absolute(defaultZone: defaultZone))
        }
    }

    /// Whether `instance` is left out: a date matches a date-valued instance by date, a
    /// date-time matches by instant; a date-valued exclusion also removes a timed instance
    /// on that date (as Outlook and Google read it).
    func contains(_ instance: Moment) -> Bool {
        if days.contains(instance.ownDay) { return true }
        return !instance.isDate && instants.contains(instance.absolute(defaultZone: defaultZone))
    }
}
