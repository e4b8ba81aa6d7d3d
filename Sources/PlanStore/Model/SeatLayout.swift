/// The supervision groups of a plan as seats: each group's capacity and who holds its seats.
/// The store keeps the published version's layout in rows the database guards (capacity,
/// one group per therapist and manual).
public struct SeatLayout: Sendable, Equatable {
    /// A group and how many seats it has.
    public struct Group: Sendable, Hashable {
        public var id: String
        public var manual: String
        public var capacity: Int

        public init(id: String, manual: String, capacity: Int) {
            self.id = id
            self.manual = manual
            self.capacity = capacity
        }
    }

    public var groups: [Group]
    public var memberships: [Membership]

    public init(groups: [Group], memberships: [Membership]) {
        self.groups = groups
        self.memberships = memberships
    }
}

/// A therapist's seat in a supervision group of one manual.
public struct Membership: Sendable, Hashable, Codable {
    public var therapist: String
    public var manual: String
    public var group: String

    public init(therapist: String, manual: String, group: String) {
        self.therapist = therapist
        self.manual = manual
        self.group = group
    }
}
