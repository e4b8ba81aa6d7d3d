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
