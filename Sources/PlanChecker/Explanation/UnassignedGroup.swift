import PlanningModel

/// What unassigned needs must share to be explained once: the manual, the reason code,
/// the detail sentence and the suggestions (texts, patches and verified flags).
public struct UnassignedGroupKey: Equatable, Sendable {
    public let manual: String
    public let reason: UnassignedReason
    public let detail: String
    public let suggestions: [Suggestion]

    public init(manual: String, reason: UnassignedReason, detail: String, suggestions: [Suggestion]) {
        self.manual = manual
        self.reason = reason
        self.detail = detail
        self.suggestions = suggestions
    }

    /// The key of an entry of a plan's `unassigned` list.
    public init(_ need: UnassignedNeed) {
        self.init(manual: need.manual, reason: need.reason, detail: need.detail, suggestions: need.suggestions)
    }

    /// Splits `items` into groups of equal keys.
    ///
    /// - Returns: Non-empty groups in the order of their first item; each group's items
    ///   in their order in `items`.
    public static func group<Item>(_ items: [Item], by key: (Item) -> UnassignedGroupKey) -> [[Item]] {
        var keys: [UnassignedGroupKey] = []
        var groups: [[Item]] = []
        for item in items {
            let itemKey = key(item)
            if let index = keys.firstIndex(of: itemKey) {
                groups[index].append(item)
            } else {
                keys.append(itemKey)
                groups.append([item])
            }
        }
        return groups
    }
}

/// Unassigned needs with the same manual, reason, detail and suggestions, explained once.
public struct UnassignedGroup: Sendable {
    /// The therapists of one municipality in a group.
    public struct MunicipalityTherapists: Sendable, Equatable {
        /// The municipality's name (or `?` when the therapist is unknown).
        public let municipality: String
        /// Therapist ids, in plan order.
        public let therapists: [String]
    }

    /// The needs of the group, in plan order; never empty.
    public let needs: [UnassignedExplanation]

    /// Groups explanations of unassigned needs by ``UnassignedGroupKey``.
    ///
    /// - Returns: The groups in the order of their first need.
    public static func grouping(_ needs: [UnassignedExplanation]) -> [UnassignedGroup] {
        UnassignedGroupKey.group(needs) {
            UnassignedGroupKey(manual: $0.manual, reason: $0.reason, detail: $0.detail, suggestions: $0.suggestions)
        }
        .map { UnassignedGroup(needs: $0) }
    }

    private var first: UnassignedExplanation { needs[0] }

    /// How many needs (therapists) the group has.
    public var count: Int { needs.count }
    /// Manual id.
    public var manual: String { first.manual }
    /// The manual's short title (or its id when unknown).
    public var manualTitle: String { first.manualTitle }
    /// The shared reason code.
    public var reason: UnassignedReason { first.reason }
    /// What the reason code means, in one sentence.
    public var reasonText: String { first.reasonText }
    /// The shared detail sentence.
    public var detail: String { first.detail }
    /// The shared suggestions.
    public var suggestions: [Suggestion] { first.suggestions }
    /// Therapist ids, in plan order.
    public var therapists: [String] { needs.map(\.therapist) }

    /// The therapists by municipality, municipalities in the order of their first therapist.
    public var byMunicipality: [MunicipalityTherapists] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        for need in needs {
            if members[need.municipality] == nil { order.append(need.municipality) }
            members[need.municipality, default: []].append(need.therapist)
        }
        return order.map { MunicipalityTherapists(municipality: $0, therapists: members[$0] ?? []) }
    }
}
