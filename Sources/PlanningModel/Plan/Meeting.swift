/// One meeting of a series.
public struct Meeting: Codable, Sendable, Equatable {
    /// Meeting series id.
    public var series: String
    /// 1-based position in date order.
    public var index: Int
    public var date: CalendarDay
    public var slot: Slot
    public var venue: String

    public init(series: String, index: Int, date: CalendarDay, slot: Slot, venue: String) {
        self.series = series
        self.index = index
        self.date = date
        self.slot = slot
        self.venue = venue
    }
}
