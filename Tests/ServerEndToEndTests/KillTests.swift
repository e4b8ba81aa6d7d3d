import Foundation
import SQLKit
import StoreTestSupport
import Synchronization
import Testing

@testable import PlanStore

#if os(Linux)
    /// SERVICE.md "Nothing lost": SIGKILL while the server serves loses no answered change, the
    /// database opens again, and the feeds are what they were.
    @Suite("End to end: SIGKILL", .serialized)
    struct KillTests {
        @Test("SIGKILL with requests in flight: every 2xx change is there after restart and the feeds are unchanged")
        func killWhileServing() async throws {
            let server = try await SmallPlan.serve().server
            defer { server.send(SIGKILL) }
            let lead = try server.createToken(["--role", "lead"])
            let auth = ["Authorization": "Bearer \(lead)"]

            // Changes answered 2xx: a new version published, a meeting's details.
            let scenario = try await HTTP.get(server.url("/api/v1/scenario"), headers: auth)
            let plan = try await HTTP.get(server.url("/api/v1/plan"), headers: auth)
            let submission =
                Data(#"{"scenario": "#.utf8) + scenario.body + Data(#", "plan": "#.utf8) + plan.body
                + Data("}".utf8)
            let created = try await HTTP.send("POST", server.url("/api/v1/plans"), headers: auth, body: submission)
            try #require(created.status == 201, "\(created.text)")
            let version = try #require((try created.json() as? [String: Any])?["version"] as? Int)
            let published = try await HTTP.send("POST", server.url("/api/v1/plans/\(version)/publish"), headers: auth)
            try #require(published.status == 200, "\(published.text)")
            let meetings = try #require(
                try await HTTP.get(server.url("/api/v1/meetings"), headers: auth).json() as? [[String: Any]])
            let meeting = try #require(meetings.first)
            let series = try #require(meeting["series"] as? String)
            let date = try #require(meeting["date"] as? String)
            let note = "Mødet flyttes til lokale 2."
            let details = try await HTTP.send(
                "PUT", server.url("/api/v1/meetings/\(series)/\(date)/details"), headers: auth,
                body: try JSONSerialization.data(withJSONObject: ["note": note]))
            try #require(details.status == 200, "\(details.text)")

            let feedsBefore = try await Self.feeds(of: server, auth: auth)
            #expect(feedsBefore.count > 3)

            // Drafts and feed reads in flight; SIGKILL once some drafts have been answered.
            let answered = Answered()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        for _ in 0..<40 {
                            guard
                                let answer = try? await HTTP.send(
                                    "POST", server.url("/api/v1/plans"), headers: auth, body: submission),
                                answer.status == 201,
                                let number = (try? answer.json() as? [String: Any])?["version"] as? Int
                            else { return }
                            answered.append(number)
                        }
                    }
                }
                for url in feedsBefore.keys.prefix(2) {
                    group.addTask {
                        for _ in 0..<400 { guard (try? await HTTP.get(url, timeout: 5)) != nil else { return } }
                    }
                }
                group.addTask {
                    var waited = 0
                    while answered.count < 3, waited < 600 {
                        try await Task.sleep(for: .milliseconds(100))
                        waited += 1
                    }
                    server.send(SIGKILL)
                }
                try await group.waitForAll()
            }
            let drafts = answered.numbers
            #expect(drafts.count >= 3)

            // The database opens (SQLite recovers its WAL) and holds every answered change.
            let store = try await SQLServiceStore.open(.sqlite(folder: server.data.path), logger: TestDatabases.logger)
            let integrity = try await store.connector.withConnection { database in
                try await database.raw("PRAGMA integrity_check").first()?.decode(
                    column: "integrity_check", as: String.self)
            }
            #expect(integrity == "ok")
            #expect(try await store.publishedHead()?.number == version)
            for number in drafts { #expect(try await store.version(number)?.status == .draft, "version \(number)") }
            #expect(try await store.meetingDetails().contains { $0.series == series && $0.note == note })
            try await store.close()

            // Restarted on the same data: the same bytes and ETags; the old ETag answers 304.
            let restarted = try await ServerProcess.start(data: server.data)
            defer { restarted.stop() }
            for (url, before) in feedsBefore {
                let moved = restarted.url(url.path)
                let after = try await HTTP.get(moved)
                #expect(after.status == 200, "\(url.lastPathComponent)")
                #expect(after.body == before.body, "\(url.lastPathComponent)")
                #expect(after.header("ETag") == before.header("ETag"), "\(url.lastPathComponent)")
                let again = try await HTTP.get(moved, headers: ["If-None-Match": before.header("ETag") ?? ""])
                #expect(again.status == 304, "\(url.lastPathComponent)")
            }
        }

        /// Every feed the lead may read, fetched once: URL → answer.
        static func feeds(of server: ServerProcess, auth: [String: String]) async throws -> [URL: HTTP.Answer] {
            let links = try #require(
                try await HTTP.get(server.url("/api/v1/feeds"), headers: auth).json() as? [[String: String]])
            var result: [URL: HTTP.Answer] = [:]
            for link in links {
                let url = server.url(try #require(link["url"]))
                let answer = try await HTTP.get(url)
                try #require(answer.status == 200)
                result[url] = answer
            }
            return result
        }
    }

    /// The versions the server answered 201 for, from several tasks.
    private final class Answered: Sendable {
        private let state = Mutex<[Int]>([])

        func append(_ number: Int) { state.withLock { $0.append(number) } }
        var count: Int { state.withLock { $0.count } }
        var numbers: [Int] { state.withLock { $0 } }
    }
#endif
