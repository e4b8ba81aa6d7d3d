import Foundation
import PlanStore
import PlanningModel

/// The booking actions of tovholdere and the lead on the published plan (issue 12): move a
/// therapist to another group of their cohort, report an absence, enrol a new therapist
/// (or put them on the waitlist), withdraw one. Both the JSON API and the page forms call it.
///
/// Each action is one store transaction that holds the published version while it decides
/// (so concurrent actions, from however many server processes, happen one after the other),
/// builds the changed plan and scenario, checks every hard rule H1–H12 with PlanChecker,
/// and writes a new revision only when they all hold. Every action, accepted or refused,
/// writes its audit row in that transaction. A refusal throws ``BookingError`` and changes
/// nothing else.
public struct BookingService: Sendable {
    let store: any ServiceStore & BookingStore
    let now: @Sendable () -> Date
    let cache = WorkspaceCache()

    /// - Parameters:
    ///   - store: where the published version, seats, waitlist and audit are.
    ///   - now: the clock (the date decides which cohorts are still ahead).
    public init(store: any ServiceStore & BookingStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// What an accepted move did.
    public struct MoveReceipt: Sendable, Equatable, Encodable {
        public let therapist: String
        public let cohort: String
        /// The group the therapist left (equal to `group` when they were in it already).
        public let from: String
        public let group: String
        public let version: Int
        public let revision: Int
    }

    /// Moves `therapist` to `group`, another supervision group of their cohort (H10).
    ///
    /// - Throws: ``BookingError``: `NOT_FOUND` (no such therapist or group, or another
    ///   municipality's therapist for a tovholder), `WRONG_COHORT`, `GROUP_FULL`, `RULE_BROKEN`.
    public func move(therapist: String, to group: String, by booker: Booker) async throws -> MoveReceipt {
        try await book(by: booker, action: "booking.move", target: "therapist \(therapist)") { workspace, check in
            guard let place = workspace.place(ofTherapist: therapist),
                booker.mayAct(for: workspace.scenario.municipalities[place.municipality].id)
            else { throw BookingError.notFound(.therapist(therapist)) }
            let plan = workspace.plan
            guard let target = plan.supervisionGroups.firstIndex(where: { $0.id == group }) else {
                throw BookingError.notFound(.group(group))
            }
            let manual = plan.supervisionGroups[target].manual
            let cohort = plan.cohorts.first { $0.manual == manual && $0.participants.contains(therapist) }
            guard let cohort, cohort.id == plan.supervisionGroups[target].cohort else {
                throw BookingError.wrongCohort(
                    therapist: therapist, group: group, cohort: cohort?.id,
                    groupCohort: plan.supervisionGroups[target].cohort)
            }
            let current = plan.supervisionGroups.firstIndex { $0.manual == manual && $0.members.contains(therapist) }
            let receipt = { (revision: Int) in
                MoveReceipt(
                    therapist: therapist, cohort: cohort.id,
                    from: current.map { plan.supervisionGroups[$0].id } ?? group,
                    group: group, version: workspace.head.number, revision: revision)
            }
            let before = AuditJSON.object(["group": current.map { .text(plan.supervisionGroups[$0].id) } ?? .null])
            if current == target {
                return Change(answer: receipt(workspace.head.revision), before: before, after: before)
            }
            let capacity = workspace.scenario.manual(manual)?.supervision.groupMax ?? 0
            let taken = plan.supervisionGroups[target].members.count
            if taken >= capacity {
                throw BookingError.groupFull(
                    taken: taken, capacity: capacity,
                    alternatives: Self.freeGroups(of: cohort.id, besides: group, in: plan, capacity: capacity))
            }
            var next = plan
            if let current { next.supervisionGroups[current].members.removeAll { $0 == therapist } }
            next.supervisionGroups[target].members.append(therapist)
            let revision = try check.revision(
                plan: next, scenario: workspace.loaded,
                booked: [Membership(therapist: therapist, manual: manual, group: group)])
            return Change(
                answer: receipt(workspace.head.revision + 1), before: before,
                after: AuditJSON.object(["group": .text(group)]), revision: revision)
        }
    }

    /// What an accepted absence did.
    public struct AbsenceReceipt: Sendable, Equatable, Encodable {
        public let therapist: String
        public let from: CalendarDay
        public let to: CalendarDay
        /// The supervision sessions the therapist misses (S10), for the psychologist.
        public let missedSessions: [CalendarDay]
        public let version: Int
        public let revision: Int
    }

    /// Adds `from…to` to the therapist's `unavailable`: they may miss supervision sessions
    /// (S10), never a training day (H6).
    ///
    /// - Throws: ``BookingError``: `NOT_FOUND`, `INVALID_VALUE` (to before from, outside the
    ///   horizon), `RULE_BROKEN`.
    public func reportAbsence(
        therapist: String, from: CalendarDay, to: CalendarDay, by booker: Booker
    ) async throws -> AbsenceReceipt {
        try await book(by: booker, action: "booking.absence", target: "therapist \(therapist)") { workspace, check in
            guard let place = workspace.place(ofTherapist: therapist),
                booker.mayAct(for: workspace.scenario.municipalities[place.municipality].id)
            else { throw BookingError.notFound(.therapist(therapist)) }
            guard from <= to else {
                throw BookingError.invalid(
                    "to", danish: "\(to) ligger før from (\(from)).", english: "\(to) is before from (\(from)).")
            }
            let horizon = workspace.scenario.horizon
            for (field, day) in [("from", from), ("to", to)] where !horizon.contains(day) {
                throw BookingError.invalid(
                    field, danish: "\(day) ligger uden for planens periode \(horizon.from)–\(horizon.to).",
                    english: "\(day) is outside the plan's horizon \(horizon.from)–\(horizon.to).")
            }
            var edit = ScenarioDocumentEdit(workspace.loaded.document)
            edit.addUnavailable(
                municipality: place.municipality, therapist: place.therapist,
                range: .object(["from": .string(from.description), "to": .string(to.description)]))
            let changed = try Self.load(edit.document)
            let revision = try check.revision(plan: workspace.plan, scenario: changed, booked: [])
            let missed = workspace.plan.supervisionGroups.filter { $0.members.contains(therapist) }
                .flatMap(\.sessions).filter { $0 >= from && $0 <= to }.sorted()
            let range = AuditJSON.object(["from": .text(from.description), "to": .text(to.description)])
            return Change(
                answer: AbsenceReceipt(
                    therapist: therapist, from: from, to: to, missedSessions: missed, version: workspace.head.number,
                    revision: workspace.head.revision + 1),
                before: nil, after: range, revision: revision)
        }
    }

    /// Where an enrolment put a therapist: enrolled in a cohort and group, or waiting.
    public enum EnrolmentReceipt: Sendable, Equatable {
        /// One placement per manual of the therapist.
        case enrolled([Placement])
        /// On the waitlist at this 1-based position.
        case waitlisted(position: Int)
    }

    /// A therapist's cohort and group for one manual.
    public struct Placement: Sendable, Equatable, Encodable {
        public let manual: String
        public let cohort: String
        public let group: String
    }

    /// Enrols a new therapist of `municipality`: into a cohort of each of their manuals whose
    /// first training day is still ahead and a group of it with a free seat, when every hard
    /// rule holds; else onto the waitlist (the next re-plan places it; a withdrawal may give
    /// it a seat before).
    ///
    /// - Parameter therapist: the therapist as the scenario holds one (`id`, `manuals`,
    ///   optional `name`, `email`, `unavailable`).
    /// - Throws: ``BookingError``: `NOT_FOUND` (municipality), `INVALID_VALUE` (the
    ///   therapist does not fit the scenario: a taken id, a manual the municipality did not
    ///   opt into, …, with the JSON path under `therapist`).
    public func enrol(therapist: JSONValue, municipality: String, by booker: Booker) async throws
        -> EnrolmentReceipt
    {
        let id = Self.therapistID(therapist)
        return try await book(by: booker, action: "booking.enrol", target: "therapist \(id ?? "?")") {
            workspace, check, state in
            guard booker.mayAct(for: municipality),
                let index = workspace.scenario.municipalities.firstIndex(where: { $0.id == municipality })
            else { throw BookingError.notFound(.municipality(municipality)) }
            if let id, state.waitlist.contains(where: { $0.therapist == id }) {
                throw BookingError.invalid(
                    "therapist.id", danish: "\(id) står allerede på ventelisten.",
                    english: "\(id) is on the waitlist already.")
            }
            var edit = ScenarioDocumentEdit(workspace.loaded.document)
            edit.addTherapist(therapist, municipality: index)
            let changed = try Self.load(
                edit.document,
                under:
                    "municipalities[\(index)].therapists[\(workspace.scenario.municipalities[index].therapists.count)]")
            guard let added = changed.scenario.municipalities[index].therapists.last else {
                throw BookingError.notFound(.municipality(municipality))
            }
            let placer = EnrolmentPlacer(plan: workspace.plan, scenario: changed, today: check.today)
            if let (plan, placements) = placer.place(added.id, manuals: added.manuals, check: check) {
                let booked = Set(
                    placements.map { Membership(therapist: added.id, manual: $0.manual, group: $0.group) })
                let revision = try check.revision(plan: plan, scenario: changed, booked: booked)
                return Change(
                    answer: .enrolled(placements), before: nil,
                    after: AuditJSON.object([
                        "status": .text("enrolled"), "municipality": .text(municipality),
                        "groups": .text(placements.map(\.group).joined(separator: ",")),
                    ]),
                    revision: revision)
            }
            let position = state.waitlist.count + 1
            return Change(
                answer: .waitlisted(position: position), before: nil,
                after: AuditJSON.object([
                    "status": .text("waitlisted"), "municipality": .text(municipality), "position": .number(position),
                ]),
                waitlistAdd: NewWaitlistEntry(
                    therapist: added.id, municipality: municipality, document: try therapist.storedData()))
        }
    }

    /// Withdraws a therapist (they left): out of the scenario, their cohort and group (a group
    /// left without members is dropped); the first waitlisted therapist (FIFO) whose manuals
    /// all fit the freed seats takes them. A waitlisted therapist just leaves the waitlist.
    ///
    /// - Throws: ``BookingError``: `NOT_FOUND`, `RULE_BROKEN` (for example a cohort below
    ///   `cohortMin`: the lead re-plans instead).
    public func withdraw(therapist: String, by booker: Booker) async throws {
        try await book(by: booker, action: "booking.withdraw", target: "therapist \(therapist)") {
            workspace, check, state in
            if let entry = state.waitlist.first(where: { $0.therapist == therapist }) {
                guard booker.mayAct(for: entry.municipality) else { throw BookingError.notFound(.therapist(therapist)) }
                return Change(
                    answer: (), before: AuditJSON.object(["waitlisted": .number(entry.id)]), after: nil,
                    waitlistSettled: [entry.id])
            }
            guard let place = workspace.place(ofTherapist: therapist),
                booker.mayAct(for: workspace.scenario.municipalities[place.municipality].id)
            else { throw BookingError.notFound(.therapist(therapist)) }
            let withdrawal = Withdrawal(workspace: workspace, therapist: therapist, place: place)
            let outcome = try withdrawal.result(waitlist: state.waitlist, check: check)
            let revision = try check.revision(
                plan: outcome.plan, scenario: outcome.scenario, booked: outcome.booked)
            return Change(
                answer: (), before: AuditJSON.object(["groups": .text(withdrawal.groups.joined(separator: ","))]),
                after: AuditJSON.object([
                    "withdrawn": .flag(true), "seatTakenBy": outcome.successor.map(AuditJSON.text) ?? .null,
                ]),
                revision: revision, waitlistSettled: outcome.settled)
        }
    }

    /// One place on the waitlist.
    public struct WaitlistPlace: Sendable, Equatable, Encodable {
        public let position: Int
        public let therapist: String
        public let municipality: String
        public let manuals: [String]
        /// When they were enrolled (ISO 8601, UTC).
        public let since: String
    }

    /// The waitlist, first in line first: all of it for the lead, a tovholder's own
    /// municipality's places for a tovholder (with their positions in the whole queue).
    public func waitlist(for booker: Booker) async throws -> [WaitlistPlace] {
        try await waiting().enumerated().compactMap { index, entry in
            guard booker.mayAct(for: entry.municipality) else { return nil }
            let manuals = (try? JSONDecoder().decode(Therapist.self, from: entry.document).manuals) ?? []
            return WaitlistPlace(
                position: index + 1, therapist: entry.therapist, municipality: entry.municipality, manuals: manuals,
                since: entry.createdAt.formatted(.iso8601))
        }
    }

    /// What a re-plan of the published version takes from the bookings (REPLAN.md): the
    /// scenario with every waitlisted therapist who fits it (their municipality is in it,
    /// opted into their manuals, their id is free), in FIFO order, and a `membership` pin for
    /// every membership a tovholder made that the base still has.
    ///
    /// - Returns: the scenario (unchanged when nobody waits or fits), its document to store,
    ///   and the pins.
    public func replanInputs(scenario: LoadedScenario, base: Plan) async throws
        -> (scenario: LoadedScenario, document: Data?, pins: Pins)
    {
        var loaded = scenario
        var document: Data?
        for entry in try await waiting() {
            guard let therapist = try? JSONDecoder().decode(JSONValue.self, from: entry.document),
                let municipality = loaded.scenario.municipalities.firstIndex(where: { $0.id == entry.municipality })
            else { continue }
            var edit = ScenarioDocumentEdit(loaded.document)
            edit.addTherapist(therapist, municipality: municipality)
            guard let widened = try? Self.load(edit.document) else { continue }
            loaded = widened
            document = try edit.document.storedData()
        }
        let therapists = Set(loaded.scenario.municipalities.flatMap { $0.therapists.map(\.id) })
        let booked = try await store.bookedMemberships()?.memberships ?? []
        let pins = booked.filter { membership in
            therapists.contains(membership.therapist)
                && base.supervisionGroups.contains {
                    $0.id == membership.group && $0.members.contains(membership.therapist)
                }
        }
        .map { Pin.membership(therapist: $0.therapist, group: $0.group) }
        return (loaded, document, Pins(pins))
    }

    /// The waitlist without the therapists a published re-plan placed.
    private func waiting() async throws -> [WaitlistEntry] {
        let entries = try await store.waitlist()
        guard !entries.isEmpty, let published = try await store.publishedVersion() else { return entries }
        let workspace = try cache.workspace(for: published)
        return entries.filter { workspace.place(ofTherapist: $0.therapist) == nil }
    }

    // MARK: The transaction around every action

    /// What an action decided on the version it held.
    struct Change<Answer: Sendable> {
        var answer: Answer
        var before: String?
        var after: String?
        var revision: CheckedRevision?
        var waitlistAdd: NewWaitlistEntry?
        var waitlistSettled: [Int] = []
    }

    private func book<Answer: Sendable>(
        by booker: Booker, action: String, target: String,
        _ decide: @escaping @Sendable (BookingWorkspace, RevisionCheck) throws -> Change<Answer>
    ) async throws -> Answer {
        try await book(by: booker, action: action, target: target) { workspace, check, _ in
            try decide(workspace, check)
        }
    }

    private func book<Answer: Sendable>(
        by booker: Booker, action: String, target: String,
        _ decide: @escaping @Sendable (BookingWorkspace, RevisionCheck, BookingState) throws -> Change<Answer>
    ) async throws -> Answer {
        let time = now()
        let cache = cache
        let result: Result<Answer, BookingError>
        let written: CheckedRevision?
        do {
            (result, written) = try await store.book(by: booker.principal, at: time) { held in
                let workspace = try cache.workspace(for: held.version)
                let check = RevisionCheck(
                    workspace: workspace, today: Replanning.today(in: workspace.scenario, at: time))
                // Waitlisted therapists a published re-plan placed are in the scenario now.
                let placed = held.waitlist.filter { workspace.place(ofTherapist: $0.therapist) != nil }.map(\.id)
                var state = held
                state.waitlist.removeAll { placed.contains($0.id) }
                do {
                    let change = try decide(workspace, check, state)
                    return BookingDecision(
                        answer: (.success(change.answer), change.revision),
                        audit: AuditRecord(action: action, target: target, before: change.before, after: change.after),
                        revision: change.revision?.revision, waitlistAdd: change.waitlistAdd,
                        waitlistSettled: placed + change.waitlistSettled)
                } catch let refusal as BookingError {
                    return BookingDecision(
                        answer: (.failure(refusal), nil),
                        audit: AuditRecord(
                            action: action + ".refused", target: target, before: nil,
                            after: AuditJSON.object(["code": .text(refusal.code), "reason": .text(refusal.english)])),
                        waitlistSettled: placed)
                }
            }
        } catch StoreError.nothingPublished {
            throw BookingError.nothingPublished
        }
        // Committed: the next action on this revision starts from it without reading it back.
        if let written { cache.remember(written) }
        return try result.get()
    }

    // MARK: Helpers

    /// Groups of `cohort` other than `group` with free seats, most free first.
    static func freeGroups(of cohort: String, besides group: String, in plan: Plan, capacity: Int)
        -> [BookingError.FreeGroup]
    {
        plan.supervisionGroups.filter { $0.cohort == cohort && $0.id != group && $0.members.count < capacity }
            .map {
                BookingError.FreeGroup(
                    id: $0.id, free: capacity - $0.members.count, weekday: $0.sessions.first?.weekday, slot: $0.slot)
            }
            .sorted { ($0.free, $1.id) > ($1.free, $0.id) }
    }

    /// A changed scenario document read and checked as the CLI reads a scenario; a problem is
    /// 422 with its JSON path (under `therapist` when `under` is the added therapist's path).
    static func load(_ document: JSONValue, under prefix: String? = nil) throws -> LoadedScenario {
        let data = try document.storedData()
        do {
            return try ScenarioLoader().load(data: data, fileName: "scenario.json", baseDirectory: nil)
        } catch {
            let issue =
                error.errors.first { issue in prefix.map { issue.path.hasPrefix($0) } ?? true }
                ?? error.errors.first
            var path = issue?.path ?? "therapist"
            if let prefix, path.hasPrefix(prefix) { path = "therapist" + path.dropFirst(prefix.count) }
            let message = issue?.message ?? error.description
            throw BookingError.invalid(path, danish: message, english: message)
        }
    }

    private static func therapistID(_ therapist: JSONValue) -> String? {
        guard case .object(let fields) = therapist, case .string(let id)? = fields["id"] else { return nil }
        return id
    }
}
