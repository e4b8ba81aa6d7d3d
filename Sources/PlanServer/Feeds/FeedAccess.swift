import PlanStore
import PlanningModel

/// Which calendar files a token may read (CLI.md's file names, without `.ics`).
enum FeedAccess {
    /// The files among `names` that `token` may read: the lead every file; the secretariat
    /// `all` and the meeting series; a tovholder their municipality's file and its
    /// therapists'; a psychologist their own.
    static func files(for token: AccessToken, among names: [String], scenario: Scenario) -> [String] {
        names.filter { name in
            switch token.role {
            case .lead:
                return true
            case .secretariat:
                return name == "all" || name.hasPrefix("meetings-")
            case .tovholder:
                guard let municipality = token.subject.flatMap(scenario.municipality) else {
                    return false
                }
                return name == "municipality-\(municipality.id)"
                    || municipality.therapists.contains { name == "therapist-\($0.id)" }
            case .psychologist:
                return token.subject.map { name == "psychologist-\($0)" } ?? false
            }
        }
    }
}
