/// The pins of a re-plan (REPLAN.md, "Inputs", H14): what must stay as the base plan has it.
///
/// Read from a pins file with ``PinsLoader``; an empty set when no file is given.
public struct Pins: Sendable, Hashable {
    /// The pins in file order.
    public var items: [Pin]

    public init(_ items: [Pin] = []) {
        self.items = items
    }

    /// Ids of the pinned cohorts.
    public var cohorts: Set<String> {
        Set(items.compactMap { if case .cohort(let id) = $0 { id } else { nil } })
    }

    /// Ids of the pinned supervision groups.
    public var groups: Set<String> {
        Set(items.compactMap { if case .group(let id) = $0 { id } else { nil } })
    }

    /// Keys of the pinned meetings.
    public var meetings: Set<ActivityKey> {
        Set(
            items.compactMap {
                if case .meeting(let series, let index) = $0 { .meeting(series: series, index: index) } else { nil }
            })
    }

    /// The pinned memberships, as (therapist id, group id).
    public var memberships: [(therapist: String, group: String)] {
        items.compactMap { if case .membership(let therapist, let group) = $0 { (therapist, group) } else { nil } }
    }
}
