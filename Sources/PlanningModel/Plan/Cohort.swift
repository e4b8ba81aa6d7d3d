/// A training cohort: one manual, one venue, its trainers, days and participants.
public struct Cohort: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var manual: String
    public var venue: String
    /// Psychologist ids.
    public var trainers: [String]
    /// Training dates, increasing.
    public var days: [CalendarDay]
    /// Therapist ids.
    public var participants: [String]

    public init(
        id: String, manual: String, venue: String, trainers: [String], days: [CalendarDay], participants: [String]
    ) {
        self.id = id
        self.manual = manual
        self.venue = venue
        self.trainers = trainers
        self.days = days
        self.participants = participants
    }
}
