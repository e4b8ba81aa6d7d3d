import PlanningModel

/// Slots as the planner's availability and busy masks store them: bit 0 is `am`, bit 1 is `pm`.
extension Slot {
    /// The slot's bit in a mask.
    var mask: UInt8 { self == .am ? 1 : 2 }

    /// Both slots: a training day, or a day free all day.
    static let wholeDay: UInt8 = 3

    /// The slot as a constraint-model value (`am` 0, `pm` 1).
    var index: Int { self == .am ? 0 : 1 }

    /// The slot of a constraint-model value (`am` 0, `pm` 1).
    init(index: Int) { self = index == 0 ? .am : .pm }
}

extension SlotPreference {
    /// The slots a manual's supervision may use, `am` first.
    var slots: [Slot] {
        switch self {
        case .am: [.am]
        case .pm: [.pm]
        case .any: [.am, .pm]
        }
    }
}
