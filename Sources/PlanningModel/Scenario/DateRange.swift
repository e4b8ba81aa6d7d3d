/// An inclusive range of calendar days, `{"from": …, "to": …}`, optionally named.
public struct DateRange: Codable, Sendable, Hashable {
    public var from: CalendarDay
    public var to: CalendarDay
    /// What the range is (for example "Sommerferie"); shown to people, never used for logic.
    public var name: String?

    public init(from: CalendarDay, to: CalendarDay, name: String? = nil) {
        self.from = from
        self.to = to
        self.name = name
    }

    /// Whether `day` lies inside the range, both ends included.
    public func contains(_ day: CalendarDay) -> Bool {
        from <= day && day <= to
    }

    /// Number of days in the range (0 when inverted).
    public var dayCount: Int { max(0, from.days(to: to) + 1) }

    /// The days of the range in order.
    public var days: [CalendarDay] { dayCount == 0 ? [] : Array(from...to) }

    /// The days of the range that also lie in `other`, in order: a range written as
    /// 0001-01-01…9999-12-31 costs no more than `other` has days.
    public func days(within other: DateRange) -> [CalendarDay] {
        DateRange(from: max(from, other.from), to: min(to, other.to)).days
    }
}
