import Foundation
import StoreTestSupport
import Testing

@testable import PlanStore

@Suite("Plan versions")
struct VersionTests {
    let lead = Principal(role: "lead", tokenID: 1)

    @Test("a version is stored whole as a draft, with who and when", arguments: TestBackend.available)
    func draft(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let number = try await store.createVersion(
            scenario: Data(#"{"name":"s"}"#.utf8), plan: Data(#"{"scenario":"s"}"#.utf8), by: lead, at: time)
        let version = try #require(try await store.version(number))
        #expect(version.number == 1)
        #expect(version.status == .draft)
        #expect(version.scenario == Data(#"{"name":"s"}"#.utf8))
        #expect(version.plan == Data(#"{"scenario":"s"}"#.utf8))
        #expect(version.createdBy == lead)
        #expect(version.createdAt == time)
        #expect(version.revision == 0)
        #expect(try await store.publishedVersion() == nil)
        #expect(try await store.publishedHead() == nil)
        #expect(try await store.versionCount() == 1)
        try await store.close()
    }

    @Test(
        "publishing makes a draft current and supersedes the one before; only drafts are published",
        arguments: TestBackend.available)
    func publish(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let first = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: Date())
        let second = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: Date())
        let time = Date(timeIntervalSince1970: 1_800_000_123)
        _ = try await store.publish(version: first, by: lead, at: time)
        #expect(try await store.publishedHead() == VersionHead(number: first, revision: 0, changedAt: time))

        let published = try await store.publish(version: second, by: lead, at: time.addingTimeInterval(60))
        #expect(published.status == .published)
        #expect(published.publishedAt == time.addingTimeInterval(60))
        #expect(try await store.version(first)?.status == .superseded)
        #expect(try await store.publishedVersion()?.number == second)

        await #expect(throws: StoreError.notDraft(first, .superseded)) {
            _ = try await store.publish(version: first, by: lead, at: Date())
        }
        await #expect(throws: StoreError.versionNotFound(42)) {
            _ = try await store.publish(version: 42, by: lead, at: Date())
        }
        try await store.close()
    }

    @Test("drafts published at the same moment: exactly one is current", arguments: TestBackend.available)
    func concurrentPublish(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        var numbers: [Int] = []
        for _ in 0..<8 {
            numbers.append(
                try await store.createVersion(scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: Date()))
        }
        let lead = lead
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in numbers {
                group.addTask { _ = try await store.publish(version: number, by: lead, at: Date()) }
            }
            try await group.waitForAll()
        }
        var statuses: [PlanVersion.Status] = []
        for number in numbers { statuses.append(try #require(try await store.version(number)).status) }
        #expect(statuses.filter { $0 == .published }.count == 1)
        #expect(statuses.filter { $0 == .superseded }.count == numbers.count - 1)
        try await store.close()
    }

    @Test("every change is in the audit table: who, what, when, before and after", arguments: TestBackend.available)
    func audited(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let number = try await store.createVersion(scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: time)
        _ = try await store.publish(version: number, by: lead, at: time)
        let entries = try await store.auditEntries(limit: 10)
        #expect(entries.map(\.action) == ["plan.publish", "plan.create"])
        #expect(entries.allSatisfy { $0.who == lead && $0.at == time })
        #expect(entries[0].before == #"{"published":null}"#)
        #expect(entries[0].after == #"{"published":1}"#)
        #expect(entries[1].target == "version 1")
        try await store.close()
    }

    @Test(
        "a draft made before the published version changed (a revision) is not published; one made after is",
        arguments: TestBackend.available)
    func outdatedDraft(backend: TestBackend) async throws {
        let store = try await TestDatabases.store(backend)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: start)
        _ = try await store.publish(version: first, by: lead, at: start)
        let early = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: start.addingTimeInterval(60))
        // A change of the published content after the draft was made: a new revision.
        let changed = try await store.setMeetingDetails(
            MeetingDetails(series: "s", index: 1, agenda: nil, note: "Ny dagsorden"), by: lead,
            at: start.addingTimeInterval(120)
        ) { $0.plan }
        #expect(changed)
        #expect(try await store.publishedHead()?.revision == 1)

        await #expect(throws: StoreError.draftOutdated(early)) {
            try await store.publish(version: early, by: lead, at: start.addingTimeInterval(180))
        }
        #expect(try await store.publishedHead()?.number == first)
        #expect(try await store.version(early)?.status == .draft)

        let late = try await store.createVersion(
            scenario: Data("{}".utf8), plan: Data("{}".utf8), by: lead, at: start.addingTimeInterval(240))
        _ = try await store.publish(version: late, by: lead, at: start.addingTimeInterval(300))
        #expect(try await store.publishedHead()?.number == late)
        try await store.close()
    }
}
