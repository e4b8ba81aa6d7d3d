/// The identity of one calendar entry across plans (REPLAN.md, "Identity of activities").
///
/// A re-plan keeps the ids of the cohorts and supervision groups it keeps, so an entry is
/// named by its activity and its position:
///
/// | entry | key | JSON object | string form |
/// |---|---|---|---|
/// | k-th training day of a cohort (1-based, date order) | ``trainingDay(cohort:day:)`` | `{"cohort": ID, "day": k}` | `training:<cohort>:<k>` |
/// | k-th session of a supervision group | ``session(group:number:)`` | `{"group": ID, "session": k}` | `session:<group>:<k>` |
/// | a meeting of a series | ``meeting(series:index:)`` | `{"series": ID, "index": N}` | `meeting:<series>:<N>` |
///
/// The string form is used as a JSON object key (`calendar.sequence`). It is unambiguous:
/// the kind ends at the first `:`, the number starts after the last one, and the id (in a
/// scenario `[a-z0-9-]`) is what lies between. `ActivityKey("session:uro-2-g1:3")` parses it
/// and `description` prints it.
///
/// **Key order** (``Comparable``), the order of `changes`: kind first (training days, then
/// supervision sessions, then meetings), then the id (string order), then the number.
public enum ActivityKey: Hashable, Sendable {
    /// The `day`-th training day (1-based, date order) of cohort `cohort`.
    case trainingDay(cohort: String, day: Int)
    /// The `number`-th session (1-based, date order) of supervision group `group`.
    case session(group: String, number: Int)
    /// Meeting `index` of meeting series `series`.
    case meeting(series: String, index: Int)

    /// The three kinds of calendar entry, in key order.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case training, session, meeting

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// What kind of entry this key names.
    public var kind: Kind {
        switch self {
        case .trainingDay: .training
        case .session: .session
        case .meeting: .meeting
        }
    }

    /// The cohort, supervision group or meeting series id.
    public var activityID: String {
        switch self {
        case .trainingDay(let id, _), .session(let id, _), .meeting(let id, _): id
        }
    }

    /// The 1-based day, session or meeting number.
    public var number: Int {
        switch self {
        case .trainingDay(_, let number), .session(_, let number), .meeting(_, let number): number
        }
    }
}

extension ActivityKey: Comparable {
    /// Key order: kind, then id, then number.
    public static func < (lhs: ActivityKey, rhs: ActivityKey) -> Bool {
        (lhs.kind, lhs.activityID, lhs.number) < (rhs.kind, rhs.activityID, rhs.number)
    }
}

extension ActivityKey: LosslessStringConvertible {
    /// Parses the string form `training:<cohort>:<k>`, `session:<group>:<k>` or
    /// `meeting:<series>:<index>`; nil for anything else (an empty id, a number below 1).
    public init?(_ description: String) {
        guard let first = description.firstIndex(of: ":"), let last = description.lastIndex(of: ":"),
            first < last, let kind = Kind(rawValue: String(description[..<first]))
        else { return nil }
        let id = String(description[description.index(after: first)..<last])
        let digits = description[description.index(after: last)...]
        guard !id.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let number = Int(digits),
            number >= 1
        else { return nil }
        switch kind {
        case .training: self = .trainingDay(cohort: id, day: number)
        case .session: self = .session(group: id, number: number)
        case .meeting: self = .meeting(series: id, index: number)
        }
    }

    /// The string form, such as `training:c-uro-1:2`.
    public var description: String {
        "\(kind.rawValue):\(activityID):\(number)"
    }
}
