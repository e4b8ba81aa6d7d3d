import Foundation

/// What a booking decides from: the published version, held so that nobody else changes it
/// until the decision is carried out, and the waitlist.
public struct BookingState: Sendable {
    /// The published version at its current revision.
    public var version: PlanVersion
    /// The therapists waiting for a seat, first in line first.
    public var waitlist: [WaitlistEntry]

    public init(version: PlanVersion, waitlist: [WaitlistEntry]) {
        self.version = version
        self.waitlist = waitlist
    }
}

/// A new revision of the published version: its documents and its seats before and after.
public struct Revision: Sendable {
    /// The changed scenario document (JSON).
    public var scenario: Data
    /// The changed plan document (JSON).
    public var plan: Data
    /// The seats of the version as it was (rebuilds the mirrored rows when they lag behind).
    public var seatsBefore: SeatLayout
    /// The seats after the change.
    public var seatsAfter: SeatLayout
    /// Memberships of `seatsAfter` that a tovholder made: a re-plan pins them.
    public var booked: Set<Membership>

    public init(scenario: Data, plan: Data, seatsBefore: SeatLayout, seatsAfter: SeatLayout, booked: Set<Membership>) {
        self.scenario = scenario
        self.plan = plan
        self.seatsBefore = seatsBefore
        self.seatsAfter = seatsAfter
        self.booked = booked
    }
}

/// One audit row to write: what was done (or tried) to what, with the values before and after.
public struct AuditRecord: Sendable, Equatable {
    /// For example `booking.move` or `booking.move.refused`.
    public var action: String
    /// For example `therapist aarhus-01`.
    public var target: String
    /// JSON text, nil when there is none.
    public var before: String?
    /// JSON text, nil when there is none.
    public var after: String?

    public init(action: String, target: String, before: String?, after: String?) {
        self.action = action
        self.target = target
        self.before = before
        self.after = after
    }
}

/// What a booking decided: the answer to give and what to write with it, all in one
/// transaction (the audit row always; a revision, waitlist changes when accepted).
public struct BookingDecision<Answer: Sendable>: Sendable {
    public var answer: Answer
    public var audit: AuditRecord
    /// The new revision; nil when the plan stays as it is.
    public var revision: Revision?
    /// A therapist to put at the end of the waitlist.
    public var waitlistAdd: NewWaitlistEntry?
    /// Waitlist entries that now have a seat (or left): they leave the queue.
    public var waitlistSettled: [Int]

    public init(
        answer: Answer, audit: AuditRecord, revision: Revision? = nil, waitlistAdd: NewWaitlistEntry? = nil,
        waitlistSettled: [Int] = []
    ) {
        self.answer = answer
        self.audit = audit
        self.revision = revision
        self.waitlistAdd = waitlistAdd
        self.waitlistSettled = waitlistSettled
    }
}

/// The stored seat counter of a group beside the seats counted from the membership rows.
public struct SeatCount: Sendable, Equatable {
    public var group: String
    public var capacity: Int
    /// The counter the database keeps within `capacity`.
    public var members: Int
    /// The membership rows of the group.
    public var counted: Int

    public init(group: String, capacity: Int, members: Int, counted: Int) {
        self.group = group
        self.capacity = capacity
        self.members = members
        self.counted = counted
    }
}
