import Hummingbird
import PlanningModel

/// Why a booking was refused, in words a tovholder understands (Danish and English), with
/// the stable code and HTTP status of SERVICE.md. Nothing was changed.
public struct BookingError: Error, Sendable, Equatable {
    /// `NOT_FOUND`, `GROUP_FULL`, `WRONG_COHORT`, `RULE_BROKEN`, `INVALID_VALUE`, `NOTHING_PUBLISHED`.
    public var code: String
    public var status: HTTPResponse.Status
    /// The message in Danish.
    public var danish: String
    /// The message in English.
    public var english: String
    /// The JSON path of the offending value in the request, where there is one.
    public var path: String?

    public init(code: String, status: HTTPResponse.Status, danish: String, english: String, path: String? = nil) {
        self.code = code
        self.status = status
        self.danish = danish
        self.english = english
        self.path = path
    }

    /// The message in `language`.
    public func message(in language: OutputLanguage) -> String {
        language == .da ? danish : english
    }

    /// The JSON error answer in `language`.
    func apiError(in language: OutputLanguage) -> APIError {
        APIError(status, code: code, message: message(in: language), path: path)
    }

    static func notFound(_ what: NotFound) -> BookingError {
        switch what {
        case .therapist(let id):
            BookingError(
                code: "NOT_FOUND", status: .notFound, danish: "Der er ingen behandler '\(id)'.",
                english: "There is no therapist '\(id)'.")
        case .group(let id):
            BookingError(
                code: "NOT_FOUND", status: .notFound, danish: "Der er ingen supervisionsgruppe '\(id)'.",
                english: "There is no supervision group '\(id)'.")
        case .municipality(let id):
            BookingError(
                code: "NOT_FOUND", status: .notFound, danish: "Der er ingen kommune '\(id)'.",
                english: "There is no municipality '\(id)'.")
        }
    }

    /// What was not found.
    enum NotFound {
        case therapist(String)
        case group(String)
        case municipality(String)
    }

    static func wrongCohort(therapist: String, group: String, cohort: String?, groupCohort: String) -> BookingError {
        guard let cohort else {
            return BookingError(
                code: "WRONG_COHORT", status: .conflict,
                danish: "\(therapist) er ikke på et hold i manualen for gruppe \(group) og kan ikke flyttes dertil.",
                english: "\(therapist) is in no cohort of the manual of group \(group), so cannot move there.")
        }
        return BookingError(
            code: "WRONG_COHORT", status: .conflict,
            danish: "Gruppe \(group) hører til hold \(groupCohort), men \(therapist) er på hold \(cohort). "
                + "Vælg en gruppe i hold \(cohort).",
            english: "Group \(group) belongs to cohort \(groupCohort), but \(therapist) is in cohort \(cohort). "
                + "Choose a group of cohort \(cohort).")
    }

    /// A group of the same cohort with free seats, for the "group full" message.
    struct FreeGroup: Sendable, Equatable {
        let id: String
        let free: Int
        let weekday: Weekday?
        let slot: Slot
    }

    static func groupFull(taken: Int, capacity: Int, alternatives: [FreeGroup]) -> BookingError {
        let danishList = alternatives.map { group in
            let when = [group.weekday.map(danishName), group.slot == .am ? "formiddag" : "eftermiddag"]
                .compactMap { $0 }.joined(separator: " ")
            return "\(group.id) (\(when), \(group.free) \(group.free == 1 ? "ledig plads" : "ledige pladser"))"
        }
        let englishList = alternatives.map { group in
            let when = [group.weekday.map(englishName), group.slot == .am ? "morning" : "afternoon"]
                .compactMap { $0 }.joined(separator: " ")
            return "\(group.id) (\(when), \(group.free) free \(group.free == 1 ? "seat" : "seats"))"
        }
        return BookingError(
            code: "GROUP_FULL", status: .conflict,
            danish: "Gruppen er fuld: \(taken) af \(capacity) pladser er taget. "
                + (alternatives.isEmpty
                    ? "Ingen andre grupper i samme hold har ledige pladser."
                    : "Ledige grupper i samme hold: \(danishList.joined(separator: ", "))."),
            english: "The group is full: \(taken) of \(capacity) seats are taken. "
                + (alternatives.isEmpty
                    ? "No other group of the same cohort has a free seat."
                    : "Groups of the same cohort with free seats: \(englishList.joined(separator: ", "))."))
    }

    static func ruleBroken(_ rule: String, detail: String) -> BookingError {
        BookingError(
            code: "RULE_BROKEN", status: .conflict,
            danish: "Ændringen ville bryde \(rule): \(detail) Intet er ændret.",
            english: "The change would break \(rule): \(detail) Nothing was changed.")
    }

    static func invalid(_ path: String, danish: String, english: String) -> BookingError {
        BookingError(
            code: "INVALID_VALUE", status: .unprocessableContent, danish: "\(path): \(danish)",
            english: "\(path): \(english)", path: path)
    }

    static let nothingPublished = BookingError(
        code: "NOTHING_PUBLISHED", status: .conflict, danish: "Der er endnu ingen offentliggjort plan.",
        english: "No plan is published yet.")

    private static func danishName(_ day: Weekday) -> String {
        switch day {
        case .mon: "mandag"
        case .tue: "tirsdag"
        case .wed: "onsdag"
        case .thu: "torsdag"
        case .fri: "fredag"
        case .sat: "lørdag"
        case .sun: "søndag"
        }
    }

    private static func englishName(_ day: Weekday) -> String {
        switch day {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }
}
