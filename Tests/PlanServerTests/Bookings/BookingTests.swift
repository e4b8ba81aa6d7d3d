import Foundation
import Hummingbird
import HummingbirdTesting
import PlanChecker
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// The booking rows of SERVICE.md through the router, on SQLite and PostgreSQL.
@Suite("Bookings")
struct BookingTests {
    /// c1-g1 has 2 of 4 seats taken, c1-g2 is full (4), c2-g1 has 3 (cohort c2).
    static let world = BookingWorld(municipalities: 2, groups: [2, 4], groupMax: 4, secondCohort: [3])

    private static func move(_ therapist: String, _ group: String) -> String {
        #"{"therapist": "\#(therapist)", "group": "\#(group)"}"#
    }

    @Test(
        "a tovholder moves their therapist to a group of the cohort with a seat: 200, a new revision",
        arguments: TestBackend.available)
    func move(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g2"]![0]
        try await fixture.test { client in
            let before = try await client.request("/api/v1/plan", token: fixture.lead)
            let response = try await client.request(
                "/api/v1/moves", .post, token: fixture.tovholder(of: therapist), body: Self.move(therapist, "c1-g1"))
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text.contains(#""from":"c1-g2""#))
            #expect(response.text.contains(#""revision":1"#))
            let plan = try await fixture.publishedPlan()
            #expect(plan.supervisionGroups.first { $0.id == "c1-g1" }!.members.contains(therapist))
            #expect(!plan.supervisionGroups.first { $0.id == "c1-g2" }!.members.contains(therapist))
            #expect(try await fixture.revision() == 1)
            #expect(try await fixture.store.versionCount() == 1)
            let after = try await client.request("/api/v1/plan", token: fixture.lead)
            #expect(after.headers[.eTag] != before.headers[.eTag])
            let audit = try await fixture.store.auditEntries(limit: 1)[0]
            #expect(audit.action == "booking.move")
            #expect(audit.who.role == "tovholder")
            #expect(audit.before == #"{"group":"c1-g2"}"#)
            #expect(audit.after == #"{"group":"c1-g1"}"#)
        }
    }

    @Test(
        "a move into a full group is 409 GROUP_FULL naming the groups with seats, in English or Danish",
        arguments: TestBackend.available)
    func groupFull(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g1"]![0]
        try await fixture.test { client in
            let english = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "c1-g2"))
            #expect(english.status == .conflict)
            #expect(english.errorCode == "GROUP_FULL")
            #expect(english.text.contains("The group is full: 4 of 4 seats are taken."))
            let danish = try await client.request(
                "/api/v1/moves?lang=da", .post, token: fixture.lead, body: Self.move(therapist, "c1-g2"))
            #expect(
                danish.text.contains("Gruppen er fuld: 4 af 4 pladser er taget. Ledige grupper i samme hold: c1-g1"))
            #expect(danish.text.contains("tirsdag formiddag, 2 ledige pladser"))
            #expect(try await fixture.revision() == 0)
        }
    }

    @Test(
        "a move to a group of another cohort is 409 WRONG_COHORT; unknown therapist or group 404",
        arguments: TestBackend.available)
    func wrongCohort(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g2"]![0]
        try await fixture.test { client in
            let wrong = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "c2-g1"))
            #expect(wrong.status == .conflict)
            #expect(wrong.errorCode == "WRONG_COHORT")
            let noGroup = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "nowhere"))
            #expect(noGroup.status == .notFound)
            let noTherapist = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move("nobody", "c1-g1"))
            #expect(noTherapist.status == .notFound)
            #expect(noTherapist.errorCode == "NOT_FOUND")
            #expect(try await fixture.revision() == 0)
        }
    }

    @Test(
        "tovholder A on B's therapist: 404, nothing changed, the audit has the attempt",
        arguments: TestBackend.available)
    func othersTherapist(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g2"].map { $0.first { Self.world.municipalityOf[$0] == "kommune-1" }! }!
        let before = try await fixture.store.publishedVersion()
        try await fixture.test { client in
            for (uri, method, body) in [
                ("/api/v1/moves", HTTPRequest.Method.post, Self.move(therapist, "c1-g1")),
                (
                    "/api/v1/absences", .post,
                    #"{"therapist": "\#(therapist)", "from": "2027-02-01", "to": "2027-02-03"}"#
                ),
                ("/api/v1/therapists/\(therapist)", .delete, nil),
            ] {
                let response = try await client.request(
                    uri, method, token: fixture.tovholders["kommune-0"], body: body)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.errorCode == "NOT_FOUND")
            }
            #expect(try await fixture.store.publishedVersion() == before)
            let audit = try await fixture.store.auditEntries(limit: 3)
            #expect(
                audit.map(\.action) == ["booking.withdraw.refused", "booking.absence.refused", "booking.move.refused"])
            #expect(audit.allSatisfy { $0.who.subject == "kommune-0" && $0.target == "therapist \(therapist)" })
            #expect(audit[2].after?.contains("NOT_FOUND") == true)
        }
    }

    @Test(
        "bodies are checked strictly: 400 with the JSON path, 422 for invalid values", arguments: TestBackend.available)
    func strictInput(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g1"]![0]
        try await fixture.test { client in
            let cases: [(String, String, HTTPResponse.Status, String?)] = [
                ("/api/v1/moves", "{", .badRequest, nil),
                ("/api/v1/moves", "[]", .badRequest, "$"),
                ("/api/v1/moves", #"{"therapist": "\#(therapist)"}"#, .badRequest, "group"),
                ("/api/v1/moves", #"{"therapist": "\#(therapist)", "group": "c1-g1", "x": 1}"#, .badRequest, "x"),
                ("/api/v1/moves", #"{"therapist": 7, "group": "c1-g1"}"#, .badRequest, "therapist"),
                (
                    "/api/v1/absences", #"{"therapist": "\#(therapist)", "from": "2027-02-10", "to": "2027-02-01"}"#,
                    .unprocessableContent, "to"
                ),
                (
                    "/api/v1/absences", #"{"therapist": "\#(therapist)", "from": "2026-02-10", "to": "2027-02-11"}"#,
                    .unprocessableContent, "from"
                ),
                (
                    "/api/v1/absences", #"{"therapist": "\#(therapist)", "from": "2027-02-30", "to": "2027-03-01"}"#,
                    .unprocessableContent, "from"
                ),
                (
                    "/api/v1/enrolments",
                    #"{"therapist": {"id": "x1", "manuals": ["nope"]}, "municipality": "kommune-0"}"#,
                    .unprocessableContent, "therapist.manuals[0]"
                ),
                ("/api/v1/moves?lang=fr", Self.move(therapist, "c1-g1"), .badRequest, "lang"),
            ]
            for (uri, body, status, path) in cases {
                let response = try await client.request(uri, .post, token: fixture.lead, body: body)
                #expect(response.status == status, "\(uri) \(body): \(response.text)")
                if let path { #expect(response.errorPath == path, "\(body): \(response.text)") }
            }
            #expect(try await fixture.revision() == 0)
        }
    }

    @Test(
        "an absence is added to the therapist's unavailable (201); over a training day it is 409 RULE_BROKEN H6",
        arguments: TestBackend.available)
    func absence(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g1"]![0]
        try await fixture.test { client in
            let accepted = try await client.request(
                "/api/v1/absences", .post, token: fixture.tovholder(of: therapist),
                body: #"{"therapist": "\#(therapist)", "from": "2027-01-18", "to": "2027-01-22"}"#)
            #expect(accepted.status == .created, "\(accepted.text)")
            #expect(accepted.text.contains(#""missedSessions":["2027-01-19"]"#))
            let scenario = try await client.request("/api/v1/scenario", token: fixture.lead).text
            #expect(scenario.contains("2027-01-18"))
            let plan = try await fixture.publishedPlan()
            #expect(plan.score.terms["S10"] == 150)

            let training = try await client.request(
                "/api/v1/absences", .post, token: fixture.tovholder(of: therapist),
                body: #"{"therapist": "\#(therapist)", "from": "2027-01-12", "to": "2027-01-12"}"#)
            #expect(training.status == .conflict)
            #expect(training.errorCode == "RULE_BROKEN")
            #expect(training.text.contains("H6"))
            #expect(try await fixture.revision() == 1)
        }
    }

    @Test(
        "enrolment: 201 into a cohort ahead with a seat; 202 waitlisted when none; a withdrawal gives the seat to the first waitlisted",
        arguments: TestBackend.available)
    func enrolAndWithdraw(backend: TestBackend) async throws {
        // One cohort, one group with one free seat.
        let world = BookingWorld(municipalities: 2, groups: [3], groupMax: 4)
        let fixture = try await BookingFixture.make(backend, world: world)
        let token = fixture.tovholders["kommune-0"]!
        @Sendable func enrolment(_ id: String) -> String {
            #"{"therapist": {"id": "\#(id)", "name": "Ny Behandler", "manuals": ["m"]}, "municipality": "kommune-0"}"#
        }
        try await fixture.test { client in
            let first = try await client.request("/api/v1/enrolments", .post, token: token, body: enrolment("new-1"))
            #expect(first.status == .created, "\(first.text)")
            #expect(first.text.contains(#""status":"enrolled""#))
            #expect(first.text.contains(#""group":"c1-g1""#))
            let second = try await client.request("/api/v1/enrolments", .post, token: token, body: enrolment("new-2"))
            #expect(second.status == .accepted, "\(second.text)")
            #expect(second.text.contains(#""position":1"#))
            let third = try await client.request("/api/v1/enrolments", .post, token: token, body: enrolment("new-3"))
            #expect(third.text.contains(#""position":2"#))
            let again = try await client.request("/api/v1/enrolments", .post, token: token, body: enrolment("new-2"))
            #expect(again.status == .unprocessableContent)
            let taken = try await client.request("/api/v1/enrolments", .post, token: token, body: enrolment("new-1"))
            #expect(taken.status == .unprocessableContent)

            let waitlist = try await client.request("/api/v1/waitlist", token: fixture.lead)
            #expect(waitlist.status == .ok)
            #expect(waitlist.text.contains(#""position":1"#) && waitlist.text.contains("new-2"))
            #expect(try await client.request("/api/v1/waitlist", token: fixture.secretariat).status == .notFound)

            let leaver = world.members["c1-g1"]!.first { world.municipalityOf[$0] == "kommune-1" }!
            let other = try await client.request(
                "/api/v1/therapists/\(leaver)", .delete, token: token)
            #expect(other.status == .notFound)
            let gone = try await client.request(
                "/api/v1/therapists/\(leaver)", .delete, token: fixture.tovholders["kommune-1"])
            #expect(gone.status == .noContent, "\(gone.text)")
            let plan = try await fixture.publishedPlan()
            #expect(plan.supervisionGroups[0].members.contains("new-2"))
            #expect(!plan.supervisionGroups[0].members.contains(leaver))
            #expect(plan.cohorts[0].participants.contains("new-2"))
            let left = try await fixture.store.waitlist()
            #expect(left.map(\.therapist) == ["new-3"])

            let off = try await client.request("/api/v1/therapists/new-3", .delete, token: token)
            #expect(off.status == .noContent)
            #expect(try await fixture.store.waitlist().isEmpty)
            let scenario = try await client.request("/api/v1/scenario", token: fixture.lead).text
            #expect(scenario.contains("new-2") && !scenario.contains(leaver))
        }
    }

    @Test(
        "a repeated Idempotency-Key answers the first answer again and changes nothing; another body 422",
        arguments: TestBackend.available)
    func idempotency(backend: TestBackend) async throws {
        let fixture = try await BookingFixture.make(backend, world: Self.world)
        let therapist = Self.world.members["c1-g2"]![0]
        let key: HTTPFields = [HTTPFields.Element.Name("Idempotency-Key")!: "move-1"]
        try await fixture.test { client in
            let first = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "c1-g1"), headers: key)
            #expect(first.status == .ok)
            let second = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "c1-g1"), headers: key)
            #expect(second.status == .ok)
            #expect(second.text == first.text)
            #expect(second.headers[HTTPFields.Element.Name("Idempotent-Replayed")!] == "true")
            #expect(try await fixture.revision() == 1)
            let other = try await client.request(
                "/api/v1/moves", .post, token: fixture.lead, body: Self.move(therapist, "c1-g2"), headers: key)
            #expect(other.status == .unprocessableContent)
            #expect(other.errorCode == "IDEMPOTENCY_KEY_REUSED")
            // The key belongs to its token: another token's same key is a new request.
            let back = try await client.request(
                "/api/v1/moves", .post, token: fixture.tovholder(of: therapist), body: Self.move(therapist, "c1-g2"),
                headers: key)
            #expect(back.status == .ok)
            #expect(try await fixture.revision() == 2)
        }
    }
}
