import Foundation

/// A therapist waiting for a seat (an enrolment that found none), first come first served.
public struct WaitlistEntry: Sendable, Equatable {
    /// Increasing in the order of enrolment: the queue's order.
    public var id: Int
    public var therapist: String
    public var municipality: String
    /// The therapist as the scenario would hold them (JSON object).
    public var document: Data
    public var createdAt: Date
    public var createdBy: Principal

    public init(
        id: Int, therapist: String, municipality: String, document: Data, createdAt: Date, createdBy: Principal
    ) {
        self.id = id
        self.therapist = therapist
        self.municipality = municipality
        self.document = document
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// A therapist to put at the end of the waitlist.
public struct NewWaitlistEntry: Sendable, Equatable {
    public var therapist: String
    public var municipality: String
    /// The therapist as the scenario would hold them (JSON object).
    public var document: Data

    public init(therapist: String, municipality: String, document: Data) {
        self.therapist = therapist
        self.municipality = municipality
        self.document = document
    }
}
