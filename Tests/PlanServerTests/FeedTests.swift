import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import PlanningModel
import StoreTestSupport
import Testing

@Suite("Feeds")
struct FeedTests {
    @Test("each role lists only its own feeds", arguments: TestBackend.available)
    func listing(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let tovholder = try await client.feedLinks(token: fixture.norddjurs)
            #expect(
                tovholder.map(\.file)
                    == ["municipality-norddjurs"] + (1...4).map { "therapist-norddjurs-0\($0)" })
            let psychologist = try await client.feedLinks(token: fixture.psychologist)
            #expect(psychologist.map(\.file) == ["psychologist-p1"])
            let secretariat = try await client.feedLinks(token: fixture.secretariat)
            #expect(secretariat.map(\.file) == ["all"])
            let lead = try await client.feedLinks(token: fixture.lead)
            #expect(lead.count > tovholder.count + psychologist.count)
            // The same file has the same link for everyone who may read it.
            let leadURLs = Dictionary(uniqueKeysWithValues: lead.map { ($0.file, $0.url) })
            for link in tovholder { #expect(leadURLs[link.file] == link.url) }
        }
    }

    @Test(
        "a feed answers 200 with the calendar, a strong ETag and Last-Modified, then 304; DTSTAMP is the publication",
        arguments: TestBackend.available)
    func feedThenNotModified(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let link = try #require(
                try await client.feedLinks(token: fixture.norddjurs).first)
            let feed = try await client.request(link.url, token: nil)
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(feed.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(feed.text.contains("DTSTAMP:20260829T104000Z"))
            #expect(feed.headers[.lastModified] == "Sat, 29 Aug 2026 10:40:00 GMT")
            let etag = try #require(feed.headers[.eTag])
            #expect(!etag.hasPrefix("W/"))

            let again = try await client.request(link.url, token: nil, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(again.headers[.eTag] == etag)
            let stale = try await client.request(link.url, token: nil, headers: [.ifNoneMatch: "\"old\""])
            #expect(stale.status == .ok)
            #expect(stale.headers[.eTag] == etag)
        }
    }

    @Test(
        "HEAD of a feed answers GET's headers without the body, and 304 on the current ETag",
        arguments: TestBackend.available)
    func head(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let link = try #require(
                try await client.feedLinks(token: fixture.norddjurs).first)
            let feed = try await client.request(link.url, token: nil)
            let head = try await client.request(link.url, .head, token: nil)
            #expect(head.status == .ok)
            #expect(head.headers[.eTag] == feed.headers[.eTag])
            #expect(head.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(head.body.readableBytes == 0)
            let etag = try #require(feed.headers[.eTag])
            let again = try await client.request(link.url, .head, token: nil, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            let unknown = try await client.request("/feeds/nope/\(link.file).ics", .head, token: nil)
            #expect(unknown.status == .notFound)
        }
    }

    @Test(
        "a new publication of the same content keeps the feed's bytes and ETag (SERVICE.md: the bytes change only when the content does)",
        arguments: TestBackend.available)
    func republished(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            let link = try #require(try await client.feedLinks(token: fixture.lead).first)
            let before = try await client.request(link.url, token: nil)
            let created = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission())
            #expect(created.status == .created)
            #expect(try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead).status == .ok)
            #expect(try await fixture.store.publishedHead()?.number == 2)
            let after = try await client.request(
                link.url, token: nil, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(after.status == .notModified)
            #expect(after.headers[.eTag] == before.headers[.eTag])
            #expect(try await client.request(link.url, token: nil).text == before.text)
        }
    }

    @Test(
        "an unknown or revoked feed token, or a token for another file, answers 404", arguments: TestBackend.available)
    func unknownFeeds(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let store = fixture.store
        try await fixture.test { client in
            let link = try #require(
                try await client.feedLinks(token: fixture.norddjurs).first)
            let token = link.url.split(separator: "/")[1]
            #expect(try await client.request("/feeds/nope/\(link.file).ics", token: nil).status == .notFound)
            #expect(try await client.request("/feeds/\(token)/all.ics", token: nil).status == .notFound)
            #expect(try await client.request("/feeds/\(token)/\(link.file)", token: nil).status == .notFound)
            #expect(try await store.revokeFeedToken(file: link.file, by: .server, at: Date()))
            let revoked = try await client.request(link.url, token: nil)
            #expect(revoked.status == .notFound)
            #expect(revoked.errorCode == "NOT_FOUND")
        }
    }
}
