import Hummingbird
import PlanningModel

/// Why a consultation request is refused, in words a psychologist or tovholder understands
/// (Danish or English), with the status and code of the JSON API.
enum ConsultationProblem: Error, Sendable, Equatable {
    case badDate(String)
    case outsideHorizon(CalendarDay, DateRange)
    case past(CalendarDay)
    case notWorkday(CalendarDay)
    case badStart(String)
    case outsideWorkingDay(from: String, to: String, dayStart: String, dayEnd: String)
    case badMinutes(String)
    case minutesOutOfRange(Int)
    case badMode(String)
    case venueMissing
    case venueUnknown(String)
    case venueForVirtual
    case venueClosed(String, CalendarDay)
    case missing(String)
    /// The psychologist is busy then (the text names with what).
    case overlap(BusyTime)
    case slotNotFound
    case psychologistNotFound
    case therapistNotFound
    case bookingNotFound
    case slotBooked
    case slotTaken
    case slotChanged
    case slotPast
    case topicEmpty
    case topicTooLong(Int)
    case topicPersonNumber
    /// The therapist is busy then (the text names with what).
    case therapistBusy(BusyTime)

    /// The most characters of a booking's topic.
    static let topicLimit = 200

    var status: HTTPResponse.Status {
        switch self {
        case .slotNotFound, .psychologistNotFound, .therapistNotFound, .bookingNotFound: .notFound
        case .overlap, .slotBooked, .slotTaken, .slotChanged, .slotPast, .therapistBusy: .conflict
        case .missing: .badRequest
        default: .unprocessableContent
        }
    }

    var code: String {
        switch self {
        case .slotNotFound, .psychologistNotFound, .therapistNotFound, .bookingNotFound: "NOT_FOUND"
        case .overlap: "OVERLAP"
        case .slotBooked: "SLOT_BOOKED"
        case .slotTaken: "SLOT_TAKEN"
        case .slotChanged: "SLOT_CHANGED"
        case .slotPast: "SLOT_PAST"
        case .therapistBusy: "THERAPIST_BUSY"
        case .missing: "BAD_REQUEST"
        case .topicEmpty, .topicTooLong, .topicPersonNumber: "INVALID_BOOKING"
        default: "INVALID_CONSULTATION"
        }
    }

    /// The field of the request the problem is in, where there is one.
    var path: String? {
        switch self {
        case .badDate, .outsideHorizon, .past, .notWorkday: "date"
        case .badStart, .outsideWorkingDay: "start"
        case .badMinutes, .minutesOutOfRange: "minutes"
        case .badMode: "mode"
        case .venueMissing, .venueUnknown, .venueForVirtual, .venueClosed: "venue"
        case .missing(let field): field
        case .topicEmpty, .topicTooLong, .topicPersonNumber: "topic"
        default: nil
        }
    }

    /// The JSON API's answer (English).
    var apiError: APIError {
        APIError(status, code: code, message: message(.en), path: path)
    }

    /// The sentence shown to people.
    func message(_ language: OutputLanguage) -> String {
        let da = language == .da
        let range = ConsultationRules.minuteRange
        switch self {
        case .badDate(let given):
            let text = Self.short(given)
            return da ? "Datoen '\(text)' er ikke en dato på formen ÅÅÅÅ-MM-DD." : "'\(text)' is not a date YYYY-MM-DD."
        case .outsideHorizon(let day, let horizon):
            return da
                ? "\(day) ligger uden for planens periode (\(horizon.from) til \(horizon.to))."
                : "\(day) is outside the plan's horizon (\(horizon.from) to \(horizon.to))."
        case .past(let day):
            return da ? "\(day) er allerede forbi." : "\(day) is in the past."
        case .notWorkday(let day):
            return da
                ? "\(day) er ikke en arbejdsdag (weekend, helligdag eller lukket)."
                : "\(day) is not a workday (weekend, public holiday or closed)."
        case .badStart(let given):
            let text = Self.short(given)
            return da ? "Starttidspunktet '\(text)' er ikke et klokkeslæt TT:MM." : "'\(text)' is not a time HH:MM."
        case .outsideWorkingDay(let from, let to, let dayStart, let dayEnd):
            return da
                ? "\(from)–\(to) ligger uden for arbejdsdagen \(dayStart)–\(dayEnd)."
                : "\(from)–\(to) is outside the working day \(dayStart)–\(dayEnd)."
        case .badMinutes(let given):
            let text = Self.short(given)
            return da ? "Varigheden '\(text)' er ikke et antal minutter." : "'\(text)' is not a number of minutes."
        case .minutesOutOfRange(let minutes):
            return da
                ? "En konsultation varer \(range.lowerBound)–\(range.upperBound) minutter, ikke \(minutes)."
                : "A consultation lasts \(range.lowerBound) to \(range.upperBound) minutes, not \(minutes)."
        case .badMode(let given):
            let text = Self.short(given)
            return da
                ? "Formen '\(text)' findes ikke: vælg fysisk eller virtuel."
                : "'\(text)' is not a mode: use physical or virtual."
        case .venueMissing:
            return da ? "En fysisk konsultation skal have et mødested." : "A physical consultation needs a venue."
        case .venueUnknown(let given):
            let venue = Self.short(given)
            return da ? "Mødestedet '\(venue)' findes ikke i planen." : "There is no venue '\(venue)' in the scenario."
        case .venueForVirtual:
            return da ? "En virtuel konsultation har intet mødested." : "A virtual consultation has no venue."
        case .venueClosed(let venue, let day):
            return da
                ? "Mødestedet \(venue) er ikke til rådighed \(day)." : "The venue \(venue) is unavailable on \(day)."
        case .missing(let field):
            return da ? "Feltet '\(field)' mangler." : "missing field '\(field)'"
        case .overlap(let busy):
            return da
                ? "Tidspunktet overlapper med \(busy.description(.da)). Vælg et andet tidspunkt."
                : "The time overlaps \(busy.description(.en)). Choose another time."
        case .slotNotFound:
            return da ? "Konsultationstiden findes ikke." : "There is no such consultation slot."
        case .psychologistNotFound:
            return da
                ? "Du er ikke psykolog i den offentliggjorte plan."
                : "You are not a psychologist of the published plan."
        case .therapistNotFound:
            return da ? "Terapeuten findes ikke i jeres kommune." : "There is no such therapist in your municipality."
        case .bookingNotFound:
            return da
                ? "Konsultationstiden har ingen booking, du kan aflyse." : "The slot has no booking you can cancel."
        case .slotBooked:
            return da
                ? "Tiden er booket og kan ikke ændres. Aflys den (bookingen ophører) og tilbyd en ny."
                : "The slot is booked and cannot be changed. Cancel it (the booking ends) and offer a new one."
        case .slotTaken:
            return da
                ? "Tiden er allerede booket af en anden. Vælg en anden ledig tid."
                : "Somebody else booked this slot first. Choose another open slot."
        case .slotChanged:
            return da
                ? "Psykologen har netop ændret tiden. Se den igen, og book den, hvis den stadig passer."
                : "The psychologist just changed this slot. Look at it again and book it if it still suits."
        case .slotPast:
            return da ? "Tiden er allerede begyndt eller forbi." : "The slot has already begun or passed."
        case .topicEmpty:
            return da
                ? "Skriv kort, hvad konsultationen skal handle om." : "Say briefly what the consultation is about."
        case .topicTooLong(let count):
            return da
                ? "Emnet må højst have \(Self.topicLimit) tegn (det har \(count))."
                : "The topic may have at most \(Self.topicLimit) characters (it has \(count))."
        case .topicPersonNumber:
            return da
                ? "Emnet ligner et CPR-nummer. Skriv ingen oplysninger om børn i emnet."
                : "The topic looks like it holds a CPR number. Write no child data in the topic."
        case .therapistBusy(let busy):
            return da
                ? "Terapeuten er optaget på det tidspunkt: \(busy.description(.da))."
                : "The therapist is busy then: \(busy.description(.en))."
        }
    }

    /// A value quoted in a message: at most 40 characters, on one line.
    private static func short(_ text: String) -> String {
        let line = String(
            text.map {
                $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0
            })
        return line.count > 40 ? String(line.prefix(40)) + "…" : line
    }
}
