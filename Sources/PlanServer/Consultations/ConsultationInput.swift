/// The fields of an offer or change of a consultation slot as given (JSON body or page
/// form), before they are checked; nil where a field was left out.
struct ConsultationInput: Sendable, Equatable {
    var date: String?
    var start: String?
    /// The duration as given; a form sends text, JSON a number.
    var minutes: String?
    var mode: String?
    var venue: String?

    /// The input with every given field of `change` put over this one's.
    func updated(by change: ConsultationInput) -> ConsultationInput {
        ConsultationInput(
            date: change.date ?? date, start: change.start ?? start, minutes: change.minutes ?? minutes,
            mode: change.mode ?? mode, venue: change.mode == "virtual" ? change.venue : change.venue ?? venue)
    }
}
