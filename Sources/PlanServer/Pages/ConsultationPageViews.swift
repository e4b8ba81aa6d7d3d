import PlanStore
import PlanTemplates
import PlanningModel

/// What the consultation pages' templates show (`consultations-psychologist.mustache`,
/// `consultations-municipality.mustache`), built from the slots and the published scenario.
enum ConsultationPageViews {
    /// A refused change on the psychologist's page: the problem, the slot whose form it came
    /// from (nil for an offer) and the offer's fields as they were filled in.
    struct PsychologistRefusal {
        let problem: ConsultationProblem
        let slot: Int?
        let offer: ConsultationInput?
    }

    /// A refused booking or cancellation on the tovholder's page, with the form as it was.
    struct BookingRefusal {
        let problem: ConsultationProblem
        let slot: Int
        let therapist: String?
        let topic: String?
    }

    /// One choice of a `<select>`.
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    /// The fields of an offer or change form.
    struct SlotForm {
        let date: String
        let start: String
        let minutes: String
        let modes: [Option]
        let venues: [Option]
    }

    struct PsychologistView {
        /// The page's path, which its forms post to and below.
        let base: String
        let notice: String
        let hasNotice: Bool
        let problem: String
        let hasProblem: Bool
        let offer: SlotForm
        let rules: String
        let slots: [PsychologistSlot]
        let hasSlots: Bool
    }

    struct PsychologistSlot {
        let id: Int
        let when: String
        let place: String
        let booked: Bool
        let therapist: String
        let municipality: String
        let topic: String
        let form: SlotForm
        let problem: String
        let hasProblem: Bool
    }

    struct MunicipalityView {
        /// The page's path, which its forms post to and below.
        let base: String
        let notice: String
        let hasNotice: Bool
        let problem: String
        let hasProblem: Bool
        let bookings: [BookedSlot]
        let hasBookings: Bool
        let open: [OpenSlot]
        let hasOpen: Bool
        let topicHelp: String
    }

    struct BookedSlot {
        let id: Int
        let when: String
        let psychologist: String
        let place: String
        let therapist: String
        let topic: String
        let problem: String
        let hasProblem: Bool
    }

    struct OpenSlot {
        let id: Int
        let when: String
        let psychologist: String
        let place: String
        let therapists: [Option]
        let topic: String
        let problem: String
        let hasProblem: Bool
    }

    static func psychologist(
        _ psychologist: String, slots: [ConsultationSlot], rules: ConsultationRules, format: PageFormat, done: String?,
        refused: PsychologistRefusal?, language: OutputLanguage
    ) -> PsychologistView {
        let strings = format.strings
        let problem = refused?.problem.message(language) ?? ""
        let offer = refused?.offer ?? ConsultationInput(minutes: "45", mode: "virtual")
        let (dayStart, dayEnd) = rules.workingDay
        let range = ConsultationRules.minuteRange
        return PsychologistView(
            base: "/psychologists/\(psychologist)/consultations", notice: notice(done, strings: strings),
            hasNotice: notice(done, strings: strings) != "",
            problem: problem, hasProblem: !problem.isEmpty, offer: form(offer, format: format),
            rules: strings.format(
                "consultations.rules",
                [
                    "from": ConsultationRules.clock(dayStart), "to": ConsultationRules.clock(dayEnd),
                    "min": String(range.lowerBound), "max": String(range.upperBound),
                ]),
            slots: slots.map { slot in
                let own = refused?.slot == slot.id ? problem : ""
                return PsychologistSlot(
                    id: slot.id, when: when(slot.times, format: format), place: place(slot.times, format: format),
                    booked: slot.booking != nil, therapist: slot.booking.map { format.therapist($0.therapist) } ?? "",
                    municipality: slot.booking.map { format.municipality($0.municipality) } ?? "",
                    topic: slot.booking?.topic ?? "",
                    form: form(ConsultationService.input(of: slot.times), format: format),
                    problem: own, hasProblem: !own.isEmpty)
            },
            hasSlots: !slots.isEmpty)
    }

    static func municipality(
        _ municipality: Municipality, slots: [ConsultationSlot], format: PageFormat, done: String?,
        refused: BookingRefusal?, language: OutputLanguage
    ) -> MunicipalityView {
        let strings = format.strings
        let problem = refused?.problem.message(language) ?? ""
        let booked = slots.filter { $0.booking != nil }
        let open = slots.filter { $0.booking == nil }
        return MunicipalityView(
            base: "/municipalities/\(municipality.id)/consultations", notice: notice(done, strings: strings),
            hasNotice: notice(done, strings: strings) != "",
            problem: problem, hasProblem: !problem.isEmpty,
            bookings: booked.map { slot in
                let own = refused?.slot == slot.id ? problem : ""
                return BookedSlot(
                    id: slot.id, when: when(slot.times, format: format),
                    psychologist: format.psychologist(slot.psychologist), place: place(slot.times, format: format),
                    therapist: slot.booking.map { format.therapist($0.therapist) } ?? "",
                    topic: slot.booking?.topic ?? "", problem: own, hasProblem: !own.isEmpty)
            },
            hasBookings: !booked.isEmpty,
            open: open.map { slot in
                let mine = refused?.slot == slot.id
                let own = mine ? problem : ""
                return OpenSlot(
                    id: slot.id, when: when(slot.times, format: format),
                    psychologist: format.psychologist(slot.psychologist), place: place(slot.times, format: format),
                    therapists: municipality.therapists.map { therapist in
                        Option(
                            value: therapist.id, label: therapist.name ?? therapist.id,
                            selected: mine && refused?.therapist == therapist.id)
                    },
                    topic: mine ? refused?.topic ?? "" : "", problem: own, hasProblem: !own.isEmpty)
            },
            hasOpen: !open.isEmpty,
            topicHelp: strings.format("consultations.topicHelp", ["limit": String(ConsultationProblem.topicLimit)]))
    }

    /// `man. 14. sep. 2026 · 10:00–10:45`.
    private static func when(_ times: ConsultationTimes, format: PageFormat) -> String {
        let day = CalendarDay(iso: times.day).map(format.day) ?? times.day
        return "\(day) · \(ConsultationRules.clock(times.startMinute))–\(ConsultationRules.clock(times.endMinute))"
    }

    /// `fysisk · BUA Skejby` or `virtuel · online`.
    private static func place(_ times: ConsultationTimes, format: PageFormat) -> String {
        "\(format.strings["common.mode.\(times.mode.rawValue)"]) · \(format.venue(times.venue))"
    }

    private static func form(_ input: ConsultationInput, format: PageFormat) -> SlotForm {
        SlotForm(
            date: input.date ?? "", start: input.start ?? "", minutes: input.minutes ?? "",
            modes: ConsultationTimes.Mode.allCases.map { mode in
                Option(
                    value: mode.rawValue, label: format.strings["common.mode.\(mode.rawValue)"],
                    selected: input.mode == mode.rawValue)
            },
            venues: [Option(value: "", label: format.strings["consultations.noVenue"], selected: input.venue == nil)]
                + format.scenario.venues.map { venue in
                    Option(value: venue.id, label: venue.name, selected: input.venue == venue.id)
                })
    }

    private static func notice(_ done: String?, strings: StringTable) -> String {
        guard let done, ["offered", "changed", "cancelled", "booked", "unbooked"].contains(done) else { return "" }
        return strings["consultations.done.\(done)"]
    }
}
