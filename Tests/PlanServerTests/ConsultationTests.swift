import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import PlanningModel
import StoreTestSupport
import Testing

@testable import PlanServer

@Suite("Consultation slots")
struct ConsultationTests {
    private static let clock: @Sendable () -> Date = { ConsultationDays.before }

    @Test(
        "a psychologist offers a slot (201 with its id) and lists it; another psychologist does not see it",
        arguments: TestBackend.available)
    func offer(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let p2 = try await fixture.psychologistToken("p2")
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let created = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(day, "10:00", minutes: 45, mode: "physical", venue: "bua-skejby"))
            #expect(created.status == .created)
            let id = try #require(created.slotID)
            guard case .object(let slot) = try created.json() else { return }
            #expect(slot["date"] == .string(day.description))
            #expect(slot["end"] == .string("10:45"))
            #expect(slot["status"] == .string("open"))

            let own = try await client.request("/api/v1/consultations", token: fixture.psychologist)
            #expect(own.status == .ok)
            guard case .array(let slots) = try own.json() else { return }
            #expect(slots.count == 1)
            guard case .object(let listed)? = slots.first else { return }
            #expect(listed["id"] == .int(id))
            #expect(listed["venue"] == .string("bua-skejby"))

            let others = try await client.request("/api/v1/consultations", token: p2)
            #expect(try others.json() == .array([]))
            #expect(try await client.request("/api/v1/consultations", token: fixture.secretariat).status == .notFound)
            #expect(try await client.request("/api/v1/consultations", token: nil).status == .unauthorized)
            let audit = try await fixture.store.auditEntries(limit: 10)
            #expect(audit.first?.action == "consultation.offer")
            #expect(audit.first?.who.subject == "p1")
        }
    }

    @Test(
        "an offer is checked strictly: each wrong field answers 400 or 422 with its path",
        arguments: TestBackend.available)
    func offerChecked(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        let horizon = Tiny1.documents.parsedScenario.horizon
        let cases: [(body: String, status: HTTPResponse.Status, path: String?)] = [
            ("not json", .badRequest, nil),
            ("[1]", .badRequest, "$"),
            (#"{"date": "\#(day)", "start": "10:00", "minutes": 45}"#, .badRequest, "mode"),
            (
                #"{"date": "\#(day)", "start": "10:00", "minutes": 45, "mode": "virtual", "room": 1}"#, .badRequest,
                "room"
            ),
            (#"{"date": "\#(day)", "start": "10:00", "minutes": "45", "mode": "virtual"}"#, .badRequest, "minutes"),
            (
                ConsultationDays.offer(day).replacingOccurrences(of: "\(day)", with: "2026-9-1"), .unprocessableContent,
                "date"
            ),
            (ConsultationDays.offer(horizon.to.adding(days: 3)), .unprocessableContent, "date"),
            (ConsultationDays.offer(ConsultationDays.weekend), .unprocessableContent, "date"),
            (ConsultationDays.offer(day, "8:00"), .unprocessableContent, "start"),
            (ConsultationDays.offer(day, "08:30"), .unprocessableContent, "start"),
            (ConsultationDays.offer(day, "15:00", minutes: 60), .unprocessableContent, "start"),
            (ConsultationDays.offer(day, minutes: 10), .unprocessableContent, "minutes"),
            (ConsultationDays.offer(day, minutes: 181), .unprocessableContent, "minutes"),
            (ConsultationDays.offer(day, mode: "phone"), .unprocessableContent, "mode"),
            (ConsultationDays.offer(day, mode: "physical"), .unprocessableContent, "venue"),
            (ConsultationDays.offer(day, mode: "physical", venue: "nowhere"), .unprocessableContent, "venue"),
            (ConsultationDays.offer(day, mode: "virtual", venue: "bua-skejby"), .unprocessableContent, "venue"),
        ]
        try await fixture.test(clock: Self.clock) { client in
            for (body, status, path) in cases {
                let response = try await client.request(
                    "/api/v1/consultations", .post, token: fixture.psychologist, body: body)
                #expect(response.status == status, "\(body): \(response.text)")
                #expect(response.errorPath == path, "\(body): \(response.text)")
            }
            let tovholder = try await client.request(
                "/api/v1/consultations", .post, token: fixture.norddjurs, body: ConsultationDays.offer(day))
            #expect(tovholder.status == .notFound)
            let unknown = try await fixture.psychologistToken("p9")
            let stranger = try await client.request(
                "/api/v1/consultations", .post, token: unknown, body: ConsultationDays.offer(day))
            #expect(stranger.status == .notFound)
            #expect(try await fixture.store.consultations(psychologist: nil).isEmpty)
        }
    }

    @Test("a date or time already past answers 422", arguments: TestBackend.available)
    func past(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let quiet = ConsultationDays.quiet
        try #require(quiet.count >= 2)
        // Noon on the second quiet day, in Copenhagen (UTC+1 or +2: 10:00 UTC is 11:00 or 12:00 there).
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let (year, month, day) = quiet[1].components
        let noon = try #require(utc.date(from: DateComponents(year: year, month: month, day: day, hour: 10)))
        let clock: @Sendable () -> Date = { noon }
        try await fixture.test(clock: clock) { client in
            for body in [ConsultationDays.offer(quiet[0]), ConsultationDays.offer(quiet[1], "09:00")] {
                let response = try await client.request(
                    "/api/v1/consultations", .post, token: fixture.psychologist, body: body)
                #expect(response.status == .unprocessableContent)
                #expect(response.errorPath == "date")
                #expect(response.text.contains("past"))
            }
            let later = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(quiet[1], "14:00", minutes: 30))
            #expect(later.status == .created)
        }
    }

    @Test(
        "an offer overlapping the psychologist's own session or training, or another slot of theirs, answers 409",
        arguments: TestBackend.available)
    func overlap(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let p2 = try await fixture.psychologistToken("p2")
        let busy = try #require(ConsultationDays.p1Busy)
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let planned = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(busy.day, busy.start, minutes: 30))
            #expect(planned.status == .conflict)
            #expect(planned.errorCode == "OVERLAP")

            let first = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(day, "10:00", minutes: 60))
            #expect(first.status == .created)
            let second = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(day, "10:30", minutes: 60))
            #expect(second.status == .conflict)
            #expect(second.errorCode == "OVERLAP")
            #expect(second.text.contains("consultation slot \(first.slotID ?? 0) (10:00–11:00)"))
            // Touching is not overlapping; another psychologist's slot does not count.
            let after = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(day, "11:00", minutes: 30))
            #expect(after.status == .created)
            let other = try await client.request(
                "/api/v1/consultations", .post, token: p2, body: ConsultationDays.offer(day, "10:30", minutes: 60))
            #expect(other.status == .created)
            #expect(try await fixture.store.consultations(psychologist: "p1").count == 2)
        }
    }

    @Test(
        "PATCH changes an open slot of one's own (200); others' slots 404; a booked one 409 SLOT_BOOKED",
        arguments: TestBackend.available)
    func change(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let p2 = try await fixture.psychologistToken("p2")
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let created = try await client.request(
                "/api/v1/consultations", .post, token: fixture.psychologist,
                body: ConsultationDays.offer(day, "10:00", mode: "physical", venue: "bua-skejby"))
            let id = try #require(created.slotID)
            let changed = try await client.request(
                "/api/v1/consultations/\(id)", .patch, token: fixture.psychologist,
                body: #"{"start": "13:00", "mode": "virtual"}"#)
            #expect(changed.status == .ok, "\(changed.text)")
            guard case .object(let slot) = try changed.json() else { return }
            #expect(slot["start"] == .string("13:00"))
            #expect(slot["mode"] == .string("virtual"))
            #expect(slot["venue"] == nil)

            let wrong = try await client.request(
                "/api/v1/consultations/\(id)", .patch, token: fixture.psychologist, body: #"{"minutes": 5}"#)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorPath == "minutes")
            let empty = try await client.request(
                "/api/v1/consultations/\(id)", .patch, token: fixture.psychologist, body: "{}")
            #expect(empty.status == .badRequest)
            let others = try await client.request(
                "/api/v1/consultations/\(id)", .patch, token: p2, body: #"{"start": "11:00"}"#)
            #expect(others.status == .notFound)
            let missing = try await client.request(
                "/api/v1/consultations/999999", .patch, token: fixture.psychologist, body: #"{"start": "11:00"}"#)
            #expect(missing.status == .notFound)
            #expect(missing.text == others.text)

            let booked = try await client.request(
                "/api/v1/consultations/\(id)/booking", .post, token: fixture.norddjurs,
                body: #"{"therapist": "norddjurs-01", "topic": "Forløb der går i stå"}"#)
            #expect(booked.status == .created)
            let afterBooking = try await client.request(
                "/api/v1/consultations/\(id)", .patch, token: fixture.psychologist, body: #"{"start": "11:00"}"#)
            #expect(afterBooking.status == .conflict)
            #expect(afterBooking.errorCode == "SLOT_BOOKED")
            let stored = try #require(try await fixture.store.consultations(psychologist: "p1").first)
            #expect(ConsultationRules.clock(stored.times.startMinute) == "13:00")
        }
    }

    @Test(
        "a tovholder books for their own therapist (201), a second booking answers 409 SLOT_TAKEN, another municipality's therapist 404, a long or CPR-like topic 422",
        arguments: TestBackend.available)
    func book(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let id = try await client.offeredSlot(ConsultationDays.offer(day), token: fixture.psychologist)
            let path = "/api/v1/consultations/\(id)/booking"
            func book(_ token: String, _ therapist: String, _ topic: String) async throws -> TestResponse {
                try await client.request(
                    path, .post, token: token, body: #"{"therapist": "\#(therapist)", "topic": "\#(topic)"}"#)
            }
            let foreign = try await book(fixture.norddjurs, "randers-01", "Samarbejde med skolen")
            #expect(foreign.status == .notFound)
            let long = try await book(fixture.norddjurs, "norddjurs-01", String(repeating: "a", count: 201))
            #expect(long.status == .unprocessableContent)
            #expect(long.errorPath == "topic")
            let cpr = try await book(fixture.norddjurs, "norddjurs-01", "Barn 010203-1234")
            #expect(cpr.status == .unprocessableContent)
            let psychologist = try await book(fixture.psychologist, "norddjurs-01", "Samarbejde")
            #expect(psychologist.status == .notFound)
            let missingField = try await client.request(
                path, .post, token: fixture.norddjurs, body: #"{"therapist": "norddjurs-01"}"#)
            #expect(missingField.status == .badRequest)
            let noSlot = try await client.request(
                "/api/v1/consultations/999999/booking", .post, token: fixture.norddjurs,
                body: #"{"therapist": "norddjurs-01", "topic": "x"}"#)
            #expect(noSlot.status == .notFound)

            let booked = try await book(fixture.norddjurs, "norddjurs-01", String(repeating: "b", count: 200))
            #expect(booked.status == .created, "\(booked.text)")
            guard case .object(let slot) = try booked.json(), case .object(let booking)? = slot["booking"] else {
                Issue.record("no booking in \(booked.text)")
                return
            }
            #expect(slot["status"] == .string("booked"))
            #expect(booking["therapist"] == .string("norddjurs-01"))
            let taken = try await book(fixture.randers, "randers-01", "Samarbejde")
            #expect(taken.status == .conflict)
            #expect(taken.errorCode == "SLOT_TAKEN")
            let audit = try await fixture.store.auditEntries(limit: 1)
            #expect(audit.first?.action == "consultation.book")
            #expect(audit.first?.after?.contains("norddjurs-01") == true)
        }
    }

    @Test(
        "tovholdere see open slots and their own bookings only; the psychologist sees the booking",
        arguments: TestBackend.available)
    func visibility(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            var ids: [Int] = []
            for start in ["09:00", "10:00"] {
                ids.append(
                    try await client.offeredSlot(
                        ConsultationDays.offer(day, start, minutes: 30), token: fixture.psychologist))
            }
            let booked = try await client.request(
                "/api/v1/consultations/\(ids[0])/booking", .post, token: fixture.norddjurs,
                body: #"{"therapist": "norddjurs-02", "topic": "Fastholdelse i forløbet"}"#)
            #expect(booked.status == .created)

            func listed(_ token: String) async throws -> [Int: JSONValue] {
                guard case .array(let slots) = try await client.request("/api/v1/consultations", token: token).json()
                else { return [:] }
                var result: [Int: JSONValue] = [:]
                for case .object(let slot) in slots {
                    if case .int(let id)? = slot["id"] { result[id] = .object(slot) }
                }
                return result
            }
            #expect(Set(try await listed(fixture.norddjurs).keys) == Set(ids))
            let randers = try await listed(fixture.randers)
            #expect(Set(randers.keys) == [ids[1]])
            #expect(!"\(randers)".contains("norddjurs"))
            let own = try await listed(fixture.psychologist)
            #expect("\(own[ids[0]] ?? .null)".contains("Fastholdelse i forløbet"))
            #expect(Set(try await listed(fixture.lead).keys) == Set(ids))
        }
    }

    @Test(
        "a booking ends by its tovholder or the psychologist (204), not by another municipality (404); the slot can be booked again",
        arguments: TestBackend.available)
    func unbookAndRebook(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let p2 = try await fixture.psychologistToken("p2")
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let id = try await client.offeredSlot(ConsultationDays.offer(day), token: fixture.psychologist)
            let path = "/api/v1/consultations/\(id)/booking"
            let body = #"{"therapist": "norddjurs-03", "topic": "Svære samtaler med forældre"}"#
            #expect(try await client.request(path, .delete, token: fixture.norddjurs).status == .notFound)
            #expect(try await client.request(path, .post, token: fixture.norddjurs, body: body).status == .created)
            #expect(try await client.request(path, .delete, token: fixture.randers).status == .notFound)
            #expect(try await client.request(path, .delete, token: p2).status == .notFound)
            #expect(try await client.request(path, .delete, token: fixture.lead).status == .notFound)
            #expect(try await client.request(path, .delete, token: fixture.norddjurs).status == .noContent)
            #expect(try await client.request(path, .delete, token: fixture.norddjurs).status == .notFound)

            let rebook = #"{"therapist": "randers-02", "topic": "Supervision af et forløb"}"#
            #expect(try await client.request(path, .post, token: fixture.randers, body: rebook).status == .created)
            #expect(try await client.request(path, .delete, token: fixture.psychologist).status == .noContent)
            #expect(try await client.request(path, .post, token: fixture.norddjurs, body: body).status == .created)
            let slot = try #require(try await fixture.store.consultation(id: id))
            #expect(slot.booking?.therapist == "norddjurs-03")
            let actions = try await fixture.store.auditEntries(limit: 10).map(\.action)
            #expect(actions.filter { $0 == "consultation.unbook" }.count == 2)
        }
    }

    @Test(
        "the psychologist cancels a booked slot (204): the booking ends, both are audited; others' slots 404",
        arguments: TestBackend.available)
    func cancel(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let p2 = try await fixture.psychologistToken("p2")
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            let id = try await client.offeredSlot(ConsultationDays.offer(day), token: fixture.psychologist)
            let booked = try await client.request(
                "/api/v1/consultations/\(id)/booking", .post, token: fixture.randers,
                body: #"{"therapist": "randers-04", "topic": "Afslutning af forløb"}"#)
            #expect(booked.status == .created)
            #expect(try await client.request("/api/v1/consultations/\(id)", .delete, token: p2).status == .notFound)
            #expect(
                try await client.request("/api/v1/consultations/\(id)", .delete, token: fixture.randers).status
                    == .notFound)
            #expect(
                try await client.request("/api/v1/consultations/\(id)", .delete, token: fixture.psychologist).status
                    == .noContent)
            #expect(
                try await client.request("/api/v1/consultations/\(id)", .delete, token: fixture.psychologist).status
                    == .notFound)
            #expect(try await client.request("/api/v1/consultations", token: fixture.randers).json() == .array([]))
            let cancelled = try #require(try await fixture.store.auditEntries(limit: 1).first)
            #expect(cancelled.action == "consultation.cancel")
            #expect(cancelled.before?.contains("randers-04") == true)
            #expect(cancelled.after == nil)
            #expect(try await fixture.store.consultation(id: id) == nil)
        }
    }

    @Test(
        "200 concurrent bookings of one slot over real sockets: exactly one 201, 199 × 409 SLOT_TAKEN",
        arguments: TestBackend.available)
    func race(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        let therapists = Tiny1.documents.parsedScenario.municipalities.flatMap { municipality in
            municipality.therapists.map { (municipality: municipality.id, therapist: $0.id) }
        }
        let tokens = ["norddjurs": fixture.norddjurs, "randers": fixture.randers]
        try await fixture.test(clock: Self.clock, over: .live) { client in
            let id = try await client.offeredSlot(ConsultationDays.offer(day), token: fixture.psychologist)
            let port = try #require(client.port)
            let statuses = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                for index in 0..<200 {
                    let (municipality, therapist) = therapists[index % therapists.count]
                    let token = tokens[municipality] ?? ""
                    group.addTask {
                        // A generous read timeout: 200 requests on a loaded 2-core machine may queue for a while.
                        try await TestClient.withClient(
                            host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(300))
                        ) { client in
                            let response = try await client.post(
                                "/api/v1/consultations/\(id)/booking",
                                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                body: ByteBuffer(string: #"{"therapist": "\#(therapist)", "topic": "Race \#(index)"}"#))
                            let text = response.body.map { String(buffer: $0) } ?? ""
                            return (Int(response.status.code), text.contains("SLOT_TAKEN") ? "SLOT_TAKEN" : text)
                        }
                    }
                }
                return try await group.reduce(into: [(Int, String?)]()) { $0.append($1) }
            }
            #expect(statuses.count == 200)
            #expect(statuses.filter { $0.0 == 201 }.count == 1)
            let refused = statuses.filter { $0.0 == 409 }
            #expect(refused.count == 199)
            #expect(refused.allSatisfy { $0.1 == "SLOT_TAKEN" })
            let slot = try #require(try await fixture.store.consultation(id: id))
            #expect(slot.booking != nil)
            let books = try await fixture.store.auditEntries(limit: 500).filter { $0.action == "consultation.book" }
            #expect(books.count == 1)
        }
    }

    @Test("a topic that looks like a CPR number is refused; dates, phone numbers and years are not")
    func personNumbers() throws {
        for text in ["010203-1234", "Barn 0102031234", "x 311299 1234 y"] {
            #expect(ConsultationTopic.looksLikePersonNumber(text), "\(text)")
        }
        for text in ["2026-09-14", "tlf. 86 12 34 56", "12345678", "Mødet 14/9 kl. 10", "991231-1234", "0113001234"] {
            #expect(!ConsultationTopic.looksLikePersonNumber(text), "\(text)")
            #expect(throws: ConsultationProblem.topicEmpty) { try ConsultationTopic.checked(" \n\t ") }
            #expect(try ConsultationTopic.checked("  To\nlinjer ") == "To linjer")
        }
    }
}
