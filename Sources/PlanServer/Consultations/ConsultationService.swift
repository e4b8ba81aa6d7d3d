import Foundation
import PlanStore
import PlanningModel

/// What psychologists and tovholdere do with consultation slots, for the JSON API and the
/// pages alike: checks against the published plan, then one store transaction each.
struct ConsultationService: Sendable {
    let store: any ConsultationStore
    let plans: PublishedPlans
    /// The time of changes and of "not in the past".
    let clock: @Sendable () -> Date

    /// Offers a new slot.
    func offer(psychologist: String, _ input: ConsultationInput, by who: Principal) async throws -> ConsultationSlot {
        let rules = try await rules()
        guard rules.scenario.psychologists.contains(where: { $0.id == psychologist }) else {
            throw ConsultationProblem.psychologistNotFound
        }
        let times = try rules.times(from: input)
        if let busy = rules.psychologistConflict(psychologist, times) { throw ConsultationProblem.overlap(busy) }
        return try await mapped {
            try await store.offerConsultation(psychologist: psychologist, times: times, by: who, at: clock())
        }
    }

    /// Changes the given fields of an open slot of the psychologist.
    func change(
        id: Int, psychologist: String, _ change: ConsultationInput, by who: Principal
    ) async throws -> ConsultationSlot {
        guard let slot = try await store.consultation(id: id), slot.psychologist == psychologist else {
            throw ConsultationProblem.slotNotFound
        }
        guard slot.booking == nil else { throw ConsultationProblem.slotBooked }
        let rules = try await rules()
        let times = try rules.times(from: Self.input(of: slot.times).updated(by: change))
        if let busy = rules.psychologistConflict(psychologist, times) { throw ConsultationProblem.overlap(busy) }
        return try await mapped {
            try await store.changeConsultation(
                id: id, psychologist: psychologist, times: times, by: who, at: clock())
        }
    }

    /// Removes a slot of the psychologist; a booking of it ends.
    func cancel(id: Int, psychologist: String, by who: Principal) async throws {
        _ = try await mapped {
            try await store.cancelConsultation(id: id, psychologist: psychologist, by: who, at: clock())
        }
    }

    /// The slots `token` may see: a psychologist's own; for a tovholder the open slots that
    /// have not begun and their municipality's bookings; every slot for the lead.
    func visibleSlots(for token: AccessToken) async throws -> [ConsultationSlot] {
        switch token.role {
        case .psychologist:
            return try await store.consultations(psychologist: token.subject ?? "")
        case .tovholder:
            let rules = try await rules()
            return try await store.consultations(psychologist: nil).filter { slot in
                if let booking = slot.booking { return booking.municipality == token.subject }
                return !rules.hasBegun(slot.times)
            }
        case .lead:
            return try await store.consultations(psychologist: nil)
        case .secretariat:
            throw ConsultationProblem.slotNotFound
        }
    }

    /// Books a slot for a therapist of `municipality`.
    func book(
        id: Int, municipality: String, therapist: String, topic: String, by who: Principal
    ) async throws -> ConsultationSlot {
        let rules = try await rules()
        guard
            rules.scenario.municipality(municipality)?.therapists
                .contains(where: { $0.id == therapist }) == true
        else { throw ConsultationProblem.therapistNotFound }
        guard let slot = try await store.consultation(id: id) else { throw ConsultationProblem.slotNotFound }
        let checkedTopic = try ConsultationTopic.checked(topic)
        guard slot.booking == nil else { throw ConsultationProblem.slotTaken }
        guard !rules.hasBegun(slot.times) else { throw ConsultationProblem.slotPast }
        if let busy = rules.therapistConflict(therapist, slot.times) { throw ConsultationProblem.therapistBusy(busy) }
        let booking = ConsultationBooking(
            therapist: therapist, municipality: municipality, topic: checkedTopic, bookedAt: clock())
        return try await mapped {
            try await store.bookConsultation(id: id, revision: slot.revision, booking: booking, by: who)
        }
    }

    /// Ends a booking, as the psychologist of the slot or the municipality that booked it.
    func unbook(id: Int, as party: ConsultationParty, by who: Principal) async throws {
        try await mapped {
            try await store.cancelConsultationBooking(id: id, as: party, by: who, at: clock())
        }
    }

    /// The rules of the published plan now.
    func rules() async throws -> ConsultationRules {
        guard let published = try await plans.plan() else { throw ConsultationProblem.slotNotFound }
        return ConsultationRules(scenario: published.scenario, plan: published.plan, now: clock())
    }

    /// The stored times as the fields of a form.
    static func input(of times: ConsultationTimes) -> ConsultationInput {
        ConsultationInput(
            date: times.day, start: ConsultationRules.clock(times.startMinute), minutes: String(times.minutes),
            mode: times.mode.rawValue, venue: times.venue)
    }

    /// The store's refusals as problems.
    private func mapped<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as ConsultationError {
            switch error {
            case .slotNotFound: throw ConsultationProblem.slotNotFound
            case .bookingNotFound: throw ConsultationProblem.bookingNotFound
            case .overlapsSlot(let other):
                throw ConsultationProblem.overlap(
                    BusyTime(
                        activity: .consultation(id: other.id), start: other.times.startMinute,
                        end: other.times.endMinute))
            case .slotTaken: throw ConsultationProblem.slotTaken
            case .slotBooked: throw ConsultationProblem.slotBooked
            case .slotChanged: throw ConsultationProblem.slotChanged
            case .therapistBooked(let other):
                throw ConsultationProblem.therapistBusy(
                    BusyTime(
                        activity: .consultation(id: other.id), start: other.times.startMinute,
                        end: other.times.endMinute))
            }
        }
    }
}
