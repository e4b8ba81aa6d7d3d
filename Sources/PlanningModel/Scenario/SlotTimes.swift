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
