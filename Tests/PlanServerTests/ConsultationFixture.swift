import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import Testing

/// What the consultation tests need beyond ``ServerFixture``: a fixed clock, and days and
/// times of tiny-1's plan that are free or taken.
enum ConsultationDays {
    /// 2026-09-01 08:00 in Copenhagen, a week before tiny-1's horizon begins.
    static let before = Date(timeIntervalSince1970: 1_788_242_400)

    static let plan = try! Plan(jsonData: Tiny1.documents.plan)
    static let calendar = PlanningCalendar(scenario: Tiny1.documents.parsedScenario)

    /// Workdays of the horizon on which nobody has anything planned (no training, session or
    /// meeting) and everybody is available.
    static let quiet: [CalendarDay] = {
        let scenario = Tiny1.documents.parsedScenario
        var taken = Set<CalendarDay>()
        for cohort in plan.cohorts { taken.formUnion(cohort.days) }
        for group in plan.supervisionGroups { taken.formUnion(group.sessions) }
        for meeting in plan.meetings { taken.insert(meeting.date) }
        let people =
            scenario.municipalities.flatMap(\.therapists).map { Resource.therapist($0.id) }
            + scenario.psychologists.map { Resource.psychologist($0.id) }
        return calendar.workdays.filter { day in
            !taken.contains(day) && people.allSatisfy { calendar.isAvailableAllDay($0, on: day) }
        }
    }()

    /// A day and slot on which psychologist `p1` has a supervision session or a training day.
    static let p1Busy: (day: CalendarDay, start: String)? = {
        let scenario = Tiny1.documents.parsedScenario
        if let group = plan.supervisionGroups.first(where: { $0.supervisor == "p1" }), let day = group.sessions.first {
            return (day, scenario.slots[group.slot].start.description)
        }
        if let cohort = plan.cohorts.first(where: { $0.trainers.contains("p1") }), let day = cohort.days.first {
            return (day, scenario.slots.am.start.description)
        }
        return nil
    }()

    /// The first weekend day of the horizon.
    static let weekend: CalendarDay = {
        Tiny1.documents.parsedScenario.horizon.days.first { !calendar.isWorkday($0) }!
    }()

    /// An offer's body.
    static func offer(
        _ day: CalendarDay, _ start: String = "10:00", minutes: Int = 45, mode: String = "virtual", venue: String? = nil
    ) -> String {
        let venueField = venue.map { #", "venue": "\#($0)""# } ?? ""
        return #"{"date": "\#(day)", "start": "\#(start)", "minutes": \#(minutes), "mode": "\#(mode)"\#(venueField)}"#
    }
}

extension ServerFixture {
    /// A token for psychologist `id`.
    func psychologistToken(_ id: String) async throws -> String {
        try await store.createToken(TokenGrant(role: .psychologist, subject: id), by: .server, at: publishedAt)
    }

    /// Runs `body` against the server on `framework` (`.live`: real sockets) with `clock`, then closes the store.
    func test(
        clock: @escaping @Sendable () -> Date, over framework: TestingSetup,
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let application = Application(
            router: buildRouter(store: store, replanning: Replanning(iterations: 20, timeLimit: 10), clock: clock))
        do {
            try await application.test(framework, body)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}

extension TestClientProtocol {
    /// Offers a slot (`body`, see ``ConsultationDays/offer(_:_:minutes:mode:venue:)``) as the
    /// psychologist of `token`; the answer must carry the new slot's id.
    func offeredSlot(_ body: String, token: String) async throws -> Int {
        try #require(try await request("/api/v1/consultations", .post, token: token, body: body).slotID)
    }
}

extension TestResponse {
    /// The `id` of a slot answer.
    var slotID: Int? {
        guard case .object(let root)? = try? json(), case .int(let id)? = root["id"] else { return nil }
        return id
    }
}
