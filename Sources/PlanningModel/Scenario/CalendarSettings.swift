/// The working calendar of a scenario (PROBLEM.md §1).
public struct CalendarSettings: Codable, Sendable, Equatable {
    /// Weekdays that are workdays (default Monday–Friday).
    public var workdays: [Weekday]
    /// Which public holidays close a day.
    public var publicHolidays: PublicHolidayRule
    /// Ranges on which nothing can be planned.
    public var closed: [DateRange]
    /// Ranges that activities should avoid (S5).
    public var schoolHolidays: [DateRange]
    /// `.ics` files whose events close days (paths relative to the scenario file).
    public var closedCalendars: [String]
    /// `.ics` files whose events are school holidays (paths relative to the scenario file).
    public var schoolHolidayCalendars: [String]

    public init(
        workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri], publicHolidays: PublicHolidayRule = .dk,
        closed: [DateRange] = [], schoolHolidays: [DateRange] = [], closedCalendars: [String] = [],
        schoolHolidayCalendars: [String] = []
    ) {
        self.workdays = workdays
        self.publicHolidays = publicHolidays
        self.closed = closed
        self.schoolHolidays = schoolHolidays
        self.closedCalendars = closedCalendars
        self.schoolHolidayCalendars = schoolHolidayCalendars
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        workdays = try c.decodeIfPresent([Weekday].self, forKey: .workdays) ?? [.mon, .tue, .wed, .thu, .fri]
        publicHolidays = try c.decodeIfPresent(PublicHolidayRule.self, forKey: .publicHolidays) ?? .dk
        closed = try c.decodeIfPresent([DateRange].self, forKey: .closed) ?? []
        schoolHolidays = try c.decodeIfPresent([DateRange].self, forKey: .schoolHolidays) ?? []
        closedCalendars = try c.decodeIfPresent([String].self, forKey: .closedCalendars) ?? []
        schoolHolidayCalendars = try c.decodeIfPresent([String].self, forKey: .schoolHolidayCalendars) ?? []
    }
}

/// Which public holidays apply.
public enum PublicHolidayRule: String, Codable, Sendable {
    /// Danish public holidays, computed per year.
    case dk = "DK"
    /// No public holidays.
    case none
}

/// Times of day of a slot, local wall-clock time.
public struct SlotTime: Codable, Sendable, Equatable {
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Length of the slot in minutes.
    public var minutes: Int { end.minutes - start.minutes }
}

/// The times of the two daily slots (default `am` 09:00–12:00, `pm` 12:30–15:30).
public struct SlotTimes: Codable, Sendable, Equatable {
    public var am: SlotTime
    public var pm: SlotTime

    public static let defaultAM = SlotTime(start: TimeOfDay(hour: 9, minute: 0), end: TimeOfDay(hour: 12, minute: 0))
    public static let defaultPM = SlotTime(start: TimeOfDay(hour: 12, minute: 30), end: TimeOfDay(hour: 15, minute: 30))

    public init(am: SlotTime = SlotTimes.defaultAM, pm: SlotTime = SlotTimes.defaultPM) {
        self.am = am
        self.pm = pm
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        am = try c.decodeIfPresent(SlotTime.self, forKey: .am) ?? SlotTimes.defaultAM
        pm = try c.decodeIfPresent(SlotTime.self, forKey: .pm) ?? SlotTimes.defaultPM
    }

    /// The times of one slot.
    public subscript(slot: Slot) -> SlotTime {
        slot == .am ? am : pm
    }
}

/// A local time of day, coded `HH:MM`.
public struct TimeOfDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight.
    public let minutes: Int

    public init(hour: Int, minute: Int) {
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (00:00–23:59).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public var description: String {
        "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a time HH:MM")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Travel settings (PROBLEM.md §5).
public struct TravelSettings: Codable, Sendable, Equatable {
    /// Factor from great-circle to road distance (default 1.3).
    public var roadFactor: Double

    public init(roadFactor: Double = 1.3) {
        self.roadFactor = roadFactor
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        roadFactor = try c.decodeIfPresent(Double.self, forKey: .roadFactor) ?? 1.3
    }
}

/// Weights of the objective terms S1–S10 (PROBLEM.md §5).
public struct Weights: Codable, Sendable, Equatable {
    /// S1, per unassigned need.
    public var unassigned: Int
    /// S2, per kilometre travelled.
    public var travelPerKm: Int
    /// S3, per day waited.
    public var waitPerDay: Int
    /// S4, per extra cohort a municipality's therapists are split across.
    public var split: Int
    /// S5, per activity in a school holiday.
    public var schoolHoliday: Int
    /// S6, per day of the busiest psychologist.
    public var peakLoad: Int
    /// S7, per supervision group not led by one of its cohort's trainers.
    public var continuity: Int
    /// S8, per day a meeting gap differs from the even spread.
    public var meetingSpread: Int
    /// S9, per supervision gap not equal to the cadence.
    public var irregular: Int
    /// S10, per supervision session a member cannot attend.
    public var missedSupervision: Int

    public init(
        unassigned: Int = 10000, travelPerKm: Int = 1, waitPerDay: Int = 2, split: Int = 300,
        schoolHoliday: Int = 1000, peakLoad: Int = 50, continuity: Int = 100, meetingSpread: Int = 5,
        irregular: Int = 100, missedSupervision: Int = 150
    ) {
        self.unassigned = unassigned
        self.travelPerKm = travelPerKm
        self.waitPerDay = waitPerDay
        self.split = split
        self.schoolHoliday = schoolHoliday
        self.peakLoad = peakLoad
        self.continuity = continuity
        self.meetingSpread = meetingSpread
        self.irregular = irregular
        self.missedSupervision = missedSupervision
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Weights()
        unassigned = try c.decodeIfPresent(Int.self, forKey: .unassigned) ?? d.unassigned
        travelPerKm = try c.decodeIfPresent(Int.self, forKey: .travelPerKm) ?? d.travelPerKm
        waitPerDay = try c.decodeIfPresent(Int.self, forKey: .waitPerDay) ?? d.waitPerDay
        split = try c.decodeIfPresent(Int.self, forKey: .split) ?? d.split
        schoolHoliday = try c.decodeIfPresent(Int.self, forKey: .schoolHoliday) ?? d.schoolHoliday
        peakLoad = try c.decodeIfPresent(Int.self, forKey: .peakLoad) ?? d.peakLoad
        continuity = try c.decodeIfPresent(Int.self, forKey: .continuity) ?? d.continuity
        meetingSpread = try c.decodeIfPresent(Int.self, forKey: .meetingSpread) ?? d.meetingSpread
        irregular = try c.decodeIfPresent(Int.self, forKey: .irregular) ?? d.irregular
        missedSupervision = try c.decodeIfPresent(Int.self, forKey: .missedSupervision) ?? d.missedSupervision
    }
}
