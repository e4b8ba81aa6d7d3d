/// One element of a pins file (REPLAN.md, "Inputs"): something a re-plan must keep as the
/// base plan has it (H14).
///
/// JSON: `{"cohort": ID}`, `{"group": ID}`, `{"meeting": {"series": ID, "index": N}}` or
/// `{"membership": {"therapist": ID, "group": ID}}`.
public enum Pin: Hashable, Sendable {
    /// The cohort keeps its dates, venue, trainers and participants.
    case cohort(String)
    /// The supervision group keeps its dates, slot, venue, supervisor and members.
    case group(String)
    /// The meeting keeps its date, slot and venue.
    case meeting(series: String, index: Int)
    /// The therapist stays a member of the supervision group.
    case membership(therapist: String, group: String)
}

extension Pin: Codable {
    private enum CodingKeys: String, CodingKey {
        case cohort, group, meeting, membership
    }

    private enum MeetingKeys: String, CodingKey {
        case series, index
    }

    private enum MembershipKeys: String, CodingKey {
        case therapist, group
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let cohort = try c.decodeIfPresent(String.self, forKey: .cohort) {
            self = .cohort(cohort)
        } else if let group = try c.decodeIfPresent(String.self, forKey: .group) {
            self = .group(group)
        } else if c.contains(.meeting) {
            let meeting = try c.nestedContainer(keyedBy: MeetingKeys.self, forKey: .meeting)
            self = .meeting(
                series: try meeting.decode(String.self, forKey: .series),
                index: try meeting.decode(Int.self, forKey: .index))
        } else if c.contains(.membership) {
            let membership = try c.nestedContainer(keyedBy: MembershipKeys.self, forKey: .membership)
            self = .membership(
                therapist: try membership.decode(String.self, forKey: .therapist),
                group: try membership.decode(String.self, forKey: .group))
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription: "a pin is one of 'cohort', 'group', 'meeting' or 'membership'"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .cohort(let id):
            try c.encode(id, forKey: .cohort)
        case .group(let id):
            try c.encode(id, forKey: .group)
        case .meeting(let series, let index):
            var meeting = c.nestedContainer(keyedBy: MeetingKeys.self, forKey: .meeting)
            try meeting.encode(series, forKey: .series)
            try meeting.encode(index, forKey: .index)
        case .membership(let therapist, let group):
            var membership = c.nestedContainer(keyedBy: MembershipKeys.self, forKey: .membership)
            try membership.encode(therapist, forKey: .therapist)
            try membership.encode(group, forKey: .group)
        }
    }
}
