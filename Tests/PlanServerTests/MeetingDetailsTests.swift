import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

/// tiny-1 with a steering group of two meetings, planned once per test run.
enum TinyMeetings {
    static let series = "styregruppe"

    static let documents: Tiny1.Documents = {
        var root = try! JSONDecoder().decode([String: JSONValue].self, from: Tiny1.documents.scenario)
        root["name"] = .string("tiny-1-meetings")
        root["meetings"] = .array([
            .object([
                "id": .string(series), "title": .string("Styregruppe"), "count": .int(2),
                "window": .object(["from": .string("2026-09-07"), "to": .string("2026-11-13")]),
                "slot": .string("am"), "durationMinutes": .int(120), "venues": .array([.string("bua-skejby")]),
                "attendees": .array([
                    .object([
                        "name": .string("Psykolog 1"), "psychologist": .string("p1"),
                        "origin": .object(["venue": .string("bua-skejby")]),
                    ])
                ]),
            ])
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Tiny1.planned(try! encoder.encode(JSONValue.object(root)))
    }()

    /// The planned meetings of the series, in index order.
    static func meetings() throws -> [Meeting] {
        try PlanLoader.load(data: documents.plan, fileName: "plan.json").meetings
            .filter { $0.series == series }.sorted { $0.index < $1.index }
    }
}

@Suite("Meeting details")
struct MeetingDetailsTests {
    static let changeTime = Date(timeIntervalSince1970: 1_788_076_800)  // 2026-08-30 08:00:00 UTC

    private func detailsURL(_ meeting: Meeting) -> String {
        "/api/v1/meetings/\(meeting.series)/\(meeting.date.description)/details"
    }

    /// The link to `meetings-styregruppe.ics` as the secretariat lists it.
    private func seriesFeed(_ client: any TestClientProtocol, token: String) async throws -> String {
        try await client.feedURL("meetings-\(TinyMeetings.series)", token: token)
    }

    private func uid(_ meeting: Meeting) -> String { "meeting-\(meeting.series)-\(meeting.index)@stime-planner" }

    /// The same details again change nothing; clearing the note raises SEQUENCE again.
    @Test(
        "agenda link and note go into the meeting's DESCRIPTION with a higher SEQUENCE and a new ETag",
        arguments: TestBackend.available)
    func detailsInFeed(backend: TestBackend) async throws {
        let meetings = try TinyMeetings.meetings()
        try #require(meetings.count == 2)
        let fixture = try await ServerFixture.make(backend, documents: TinyMeetings.documents)
        let store = fixture.store
        let clock = TestClock(Self.changeTime)
        try await fixture.test(clock: clock.now) { client in
            let url = try await seriesFeed(client, token: fixture.secretariat)
            let before = try await client.request(url, token: nil)
            #expect(ICSEvents(before.text)[uid(meetings[0])]?.contains("SEQUENCE:0") == true)

            let body =
                #"{"agenda": "https://intra.example/styregruppe/dagsorden-1.pdf", "note": "Husk at læse bilag 2."}"#
            let put = try await client.request(detailsURL(meetings[0]), .put, token: fixture.secretariat, body: body)
            #expect(put.status == .ok)
            let answer = try put.json()
            #expect(answer == (try JSONValue.object(Self.answerFields(meetings[0], body: body))))

            let after = try await client.request(url, token: nil, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != before.headers[.eTag])
            let events = ICSEvents(after.text)
            let changed = try #require(events[uid(meetings[0])])
            #expect(changed.contains("SEQUENCE:1"))
            #expect(changed.contains("DTSTAMP:20260830T080000Z"))
            #expect(changed.contains("Dagsorden: https://intra.example/styregruppe/dagsorden-1.pdf"))
            #expect(changed.contains("Note fra sekretariatet: Husk at læse bilag 2."))
            let other = try #require(events[uid(meetings[1])])
            #expect(other.contains("SEQUENCE:0"))
            #expect(!other.contains("Dagsorden"))

            let head = try #require(try await store.publishedHead())
            #expect(head.revision == 1)
            let audit = try #require(try await store.auditEntries(limit: 1).first)
            #expect(audit.action == "meeting.details")
            #expect(audit.who.role == "secretariat")
            #expect(audit.after?.contains("dagsorden-1.pdf") == true)

            // The same details again: nothing changes, not even the ETag.
            #expect(
                try await client.request(detailsURL(meetings[0]), .put, token: fixture.secretariat, body: body).status
                    == .ok)
            #expect(try await store.publishedHead() == head)
            let same = try await client.request(url, token: nil, headers: [.ifNoneMatch: after.headers[.eTag] ?? ""])
            #expect(same.status == .notModified)

            // The lead clears the note: SEQUENCE raised again, the note gone.
            let cleared = #"{"agenda": "https://intra.example/styregruppe/dagsorden-1.pdf", "note": null}"#
            #expect(
                try await client.request(detailsURL(meetings[0]), .put, token: fixture.lead, body: cleared).status
                    == .ok)
            let third = try #require(ICSEvents(try await client.request(url, token: nil).text)[uid(meetings[0])])
            #expect(third.contains("SEQUENCE:2"))
            #expect(!third.contains("Note fra sekretariatet"))

            let listed = try await client.request("/api/v1/meetings", token: fixture.secretariat)
            #expect(listed.status == .ok)
            #expect(
                try listed.json()
                    == .array([
                        .object(try Self.answerFields(meetings[0], body: cleared)),
                        .object(try Self.answerFields(meetings[1], body: "{}")),
                    ]))
        }
    }

    @Test(
        "details stay with their meeting, and its SEQUENCE stays raised, when a new version is published",
        arguments: TestBackend.available)
    func detailsSurvivePublication(backend: TestBackend) async throws {
        let meetings = try TinyMeetings.meetings()
        let fixture = try await ServerFixture.make(backend, documents: TinyMeetings.documents)
        let clock = TestClock(Self.changeTime)
        try await fixture.test(clock: clock.now) { client in
            let url = try await seriesFeed(client, token: fixture.secretariat)
            let body = #"{"note": "Mødet holdes i lokale 3."}"#
            #expect(
                try await client.request(detailsURL(meetings[1]), .put, token: fixture.secretariat, body: body).status
                    == .ok)
            let submission = Tiny1.submission(
                scenario: String(decoding: TinyMeetings.documents.scenario, as: UTF8.self),
                plan: String(decoding: TinyMeetings.documents.plan, as: UTF8.self))
            #expect(
                try await client.request("/api/v1/plans", .post, token: fixture.lead, body: submission).status
                    == .created)
            #expect(try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead).status == .ok)
            let event = try #require(ICSEvents(try await client.request(url, token: nil).text)[uid(meetings[1])])
            #expect(event.contains("SEQUENCE:1"))
            #expect(event.contains("lokale 3"))
        }
    }

    @Test(
        "bad details answer 400 or 422 with the JSON path and change nothing",
        arguments: [
            ("{\"agenda\": ", 400, nil as String?),
            ("[]", 400, "$"),
            ("{\"agenda\": 3}", 400, "agenda"),
            ("{\"notes\": \"x\"}", 400, "notes"),
            ("{\"agenda\": \"ftp://intra.example/a\"}", 422, "agenda"),
            ("{\"agenda\": \"javascript:alert(1)\"}", 422, "agenda"),
            ("{\"agenda\": \"https://intra.example/a b\"}", 422, "agenda"),
            ("{\"agenda\": \"https://intra.example/\(String(repeating: "a", count: 480))\"}", 422, "agenda"),
            ("{\"note\": \"\(String(repeating: "n", count: 1001))\"}", 422, "note"),
            ("{\"note\": \"Barnet 010203-1234 har brug for\"}", 422, "note"),
            ("{\"note\": \"bell \\u0007\"}", 422, "note"),
        ])
    func badDetails(body: String, status: Int, path: String?) async throws {
        let meeting = try #require(try TinyMeetings.meetings().first)
        let fixture = try await ServerFixture.make(.sqlite, documents: TinyMeetings.documents)
        let store = fixture.store
        try await fixture.test { client in
            let response = try await client.request(detailsURL(meeting), .put, token: fixture.secretariat, body: body)
            #expect(Int(response.status.code) == status)
            #expect(response.errorPath == path)
            #expect(try await store.publishedHead()?.revision == 0)
            #expect(try await store.meetingDetails().isEmpty)
        }
    }

    @Test("a tovholder, an unknown meeting or date answers 404", arguments: TestBackend.available)
    func notFound(backend: TestBackend) async throws {
        let meeting = try #require(try TinyMeetings.meetings().first)
        let fixture = try await ServerFixture.make(backend, documents: TinyMeetings.documents)
        try await fixture.test { client in
            let body = #"{"note": "x"}"#
            for (url, token) in [
                (detailsURL(meeting), fixture.norddjurs), (detailsURL(meeting), fixture.psychologist),
                ("/api/v1/meetings/nope/\(meeting.date.description)/details", fixture.secretariat),
                ("/api/v1/meetings/\(meeting.series)/2026-01-01/details", fixture.secretariat),
                ("/api/v1/meetings/\(meeting.series)/first/details", fixture.secretariat),
            ] {
                let response = try await client.request(url, .put, token: token, body: body)
                #expect(response.status == .notFound, "\(url)")
            }
            #expect(try await client.request("/api/v1/meetings", token: fixture.norddjurs).status == .notFound)
            #expect(try await client.request(detailsURL(meeting), .put, token: nil, body: body).status == .unauthorized)
        }
    }

    /// The answer's fields for `meeting` with the details of `body`.
    private static func answerFields(_ meeting: Meeting, body: String) throws -> [String: JSONValue] {
        let details = try JSONDecoder().decode([String: JSONValue].self, from: Data(body.utf8))
        return [
            "series": .string(meeting.series), "title": .string("Styregruppe"), "index": .int(meeting.index),
            "date": .string(meeting.date.description), "slot": .string(meeting.slot.rawValue),
            "venue": .string(meeting.venue), "agenda": details["agenda"] ?? .null, "note": details["note"] ?? .null,
        ]
    }
}

@Suite("Meeting details on the secretariat's page")
struct MeetingDetailsPageTests {
    @Test(
        "the secretariat saves a meeting's agenda and note from its form (CSRF); bad values 422, nothing changed",
        arguments: TestBackend.available)
    func pageForm(backend: TestBackend) async throws {
        let meeting = try #require(try TinyMeetings.meetings().first)
        let fixture = try await ServerFixture.make(backend, documents: TinyMeetings.documents)
        let store = fixture.store
        let savedAt = Date(timeIntervalSince1970: 1_796_000_000)
        let clock: @Sendable () -> Date = { savedAt }
        try await fixture.test(clock: clock) { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.secretariat)
            let action = "/meetings/\(meeting.series)/\(meeting.index)/details"
            #expect(try await browser.get("/meetings").text.contains("action=\"\(action)\""))
            let fields = [("agenda", "https://intra.example/dagsorden.pdf"), ("note", "Husk bilag 2.")]
            #expect(try await browser.post(action, [("csrf", "wrong")] + fields).status == .forbidden)
            let csrf = try await browser.csrf(on: "/meetings")
            let bad = try await browser.post(action, [("csrf", csrf), ("agenda", "ftp://intra.example/x")])
            #expect(bad.status == .unprocessableContent)
            #expect(try await store.meetingDetails().isEmpty)

            let saved = try await browser.post(action, [("csrf", csrf)] + fields)
            #expect(saved.status == .seeOther)
            #expect(
                try await store.meetingDetails()
                    == [
                        MeetingDetails(
                            series: meeting.series, index: meeting.index, agenda: "https://intra.example/dagsorden.pdf",
                            note: "Husk bilag 2.")
                    ])
            let page = try await browser.get("/meetings").text
            #expect(page.contains("<a href=\"https://intra.example/dagsorden.pdf\">"))
            #expect(page.contains("Husk bilag 2."))
            #expect(try await store.publishedHead()?.revision == 1)
            #expect(try await store.publishedHead()?.changedAt == savedAt)
            #expect(
                try await browser.post("/meetings/\(meeting.series)/99/details", [("csrf", csrf)]).status == .notFound)

            var tovholder = PageClient(client)
            try await tovholder.signIn(fixture.norddjurs)
            let other = try await tovholder.csrf(on: "/municipalities/norddjurs")
            #expect(try await tovholder.post(action, [("csrf", other)] + fields).status == .notFound)
        }
    }
}
