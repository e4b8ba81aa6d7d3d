/// Who a calendar file is for (CLI.md, "Calendar files written under `DIR/calendars/`").
enum Audience: Hashable, Sendable, Comparable {
    /// `all.ics`: the BUA project lead.
    case all
    /// `meetings-<seriesId>.ics`: the secretariat and the series' members.
    case meetings(String)
    /// `psychologist-<id>.ics`: one BUA psychologist.
    case psychologist(String)
    /// `municipality-<id>.ics`: the municipality's tovholder.
    case municipality(String)
    /// `therapist-<id>.ics`: one therapist.
    case therapist(String)

    /// The file name, relative to `DIR/calendars/`.
    var fileName: String {
        switch self {
        case .all: "all.ics"
        case .meetings(let id): "meetings-\(Identifiers.component(id)).ics"
        case .psychologist(let id): "psychologist-\(Identifiers.component(id)).ics"
        case .municipality(let id): "municipality-\(Identifiers.component(id)).ics"
        case .therapist(let id): "therapist-\(Identifiers.component(id)).ics"
        }
    }

    static func < (lhs: Audience, rhs: Audience) -> Bool { lhs.fileName < rhs.fileName }
}
