import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import Synchronization
import TestSupport
import Testing

/// The feeds across published versions (REPLAN.md, "Output"; SERVICE.md, "Calendar feeds"):
/// a changed event keeps its UID and gets a higher SEQUENCE, a removed one stays cancelled,
/// the others are untouched.
@Suite("Feeds across published versions")
struct FeedContinuityTests {
    /// Before every date of tiny-1 (Sep–Nov 2026), so that nothing is history yet.
    static let secondPublication = Date(timeIntervalSince1970: 1_788_076_800)  // 2026-08-30 08:00:00 UTC
    static let thirdPublication = Date(timeIntervalSince1970: 1_788_163_200)  // 2026-08-31 08:00:00 UTC

    /// tiny-1's plan with the last session of the first group a week later and the last
    /// session of the second group gone; the first training day of the first cohort is
    /// untouched (its description names no session).
    static func changedPlan() throws -> (plan: Plan, moved: String, removed: String, untouched: String) {
        var plan = try PlanLoader.load(data: Tiny1.documents.plan, fileName: "plan.json")
        try #require(plan.supervisionGroups.count >= 2)
        let first = plan.supervisionGroups[0]
        let second = plan.supervisionGroups[1]
        var sessions = first.sessions.sorted()
        sessions[sessions.count - 1] = sessions[sessions.count - 1].adding(days: 7)
        plan.supervisionGroups[0].sessions = sessions
        plan.supervisionGroups[1].sessions = Array(second.sessions.sorted().dropLast())
        return (
            plan, "session-\(first.id)-\(first.sessions.count)@stime-planner",
            "session-\(second.id)-\(second.sessions.count)@stime-planner",
            "training-\(plan.cohorts[0].id)-1@stime-planner"
        )
    }

    /// Same UIDs, SEQUENCE raised for the moved event, the removed one CANCELLED, the rest
    /// untouched; DTSTAMP and Last-Modified are the publication; a third publication keeps them.
    @Test(
        "publishing a changed plan raises the moved event's SEQUENCE and cancels the removed one",
        arguments: TestBackend.available)
    func twoPublications(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let change = try Self.changedPlan()
        let planText = String(decoding: try change.plan.jsonData(), as: UTF8.self)
        let clock = TestClock(Self.secondPublication)
        try await fixture.test(clock: clock.now) { client in
            let url = try await Self.allFeed(client, token: fixture.lead)
            let before = try await client.request(url, token: nil)
            let beforeEvents = ICSEvents(before.text)
            #expect(beforeEvents[change.moved]?.contains("SEQUENCE:0") == true)
            #expect(beforeEvents[change.removed]?.contains("STATUS:CONFIRMED") == true)

            let created = try await client.request(
                "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(plan: planText))
            #expect(created.status == .created)
            #expect(try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead).status == .ok)

            let after = try await client.request(url, token: nil, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != before.headers[.eTag])
            #expect(after.headers[.lastModified] == "Sun, 30 Aug 2026 08:00:00 GMT")
            let events = ICSEvents(after.text)
            #expect(Set(events.uids) == Set(beforeEvents.uids))
            let moved = try #require(events[change.moved])
            #expect(moved.contains("SEQUENCE:1"))
            #expect(moved.contains("STATUS:CONFIRMED"))
            #expect(moved.contains("DTSTAMP:20260830T080000Z"))
            let removed = try #require(events[change.removed])
            #expect(removed.contains("SEQUENCE:1"))
            #expect(removed.contains("STATUS:CANCELLED"))
            let untouched = try #require(events[change.untouched])
            #expect(untouched.contains("SEQUENCE:0"))
            #expect(
                untouched.replacingOccurrences(of: "DTSTAMP:20260830T080000Z", with: "")
                    == beforeEvents[change.untouched]?.replacingOccurrences(of: "DTSTAMP:20260829T104000Z", with: ""))

            // The stored plan carries the record, so that `export` of it gives these calendars.
            let stored = try PlanLoader.load(
                data: Data(try await client.request("/api/v1/plan", token: fixture.lead).body.readableBytesView),
                fileName: "plan.json")
            #expect(stored.calendar?.cancelled.count == 1)

            // The same plan published again: nothing changes against the published one, so
            // nothing is raised again, and the cancellation stays.
            clock.set(Self.thirdPublication)
            #expect(
                try await client.request(
                    "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(plan: planText)
                ).status == .created)
            #expect(try await client.request("/api/v1/plans/3/publish", .post, token: fixture.lead).status == .ok)
            let thirdText = try await client.request(url, token: nil).text
            let third = ICSEvents(thirdText)
            #expect(third[change.moved]?.contains("SEQUENCE:1") == true)
            #expect(third[change.removed]?.contains("STATUS:CANCELLED") == true)
            #expect(third[change.removed]?.contains("SEQUENCE:1") == true)
            #expect(third[change.untouched]?.contains("SEQUENCE:0") == true)
            // The same content: the feed keeps its bytes, DTSTAMP still the second publication's.
            #expect(thirdText == after.text)
        }
    }

    @Test("a cancelled event whose date has passed is no longer in the feed", arguments: TestBackend.available)
    func pastCancellationsDrop(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let change = try Self.changedPlan()
        let planText = String(decoding: try change.plan.jsonData(), as: UTF8.self)
        // Published after every date of tiny-1: the removed session is history, not news.
        let clock = TestClock(Date(timeIntervalSince1970: 1_795_000_000))  // 2026-11-18
        try await fixture.test(clock: clock.now) { client in
            let url = try await Self.allFeed(client, token: fixture.lead)
            #expect(
                try await client.request(
                    "/api/v1/plans", .post, token: fixture.lead, body: Tiny1.submission(plan: planText)
                ).status == .created)
            #expect(try await client.request("/api/v1/plans/2/publish", .post, token: fixture.lead).status == .ok)
            let events = ICSEvents(try await client.request(url, token: nil).text)
            #expect(events[change.removed] == nil)
            #expect(events[change.moved]?.contains("SEQUENCE:1") == true)
        }
    }

    @Test("FeedContinuity.plan: nothing published before keeps the plan's own record; the same plan again is 0")
    func continuityFunction() throws {
        let plan = try PlanLoader.load(data: Tiny1.documents.plan, fileName: "plan.json")
        let today = CalendarDay(year: 2026, month: 8, day: 1)
        var recorded = plan
        recorded.calendar = PlanCalendarRecord(sequence: [.session(group: plan.supervisionGroups[0].id, number: 1): 3])
        #expect(
            FeedContinuity.plan(recorded, following: nil, scenario: Tiny1.documents.parsedScenario, today: today)
                == recorded)
        let again = FeedContinuity.plan(plan, following: plan, scenario: Tiny1.documents.parsedScenario, today: today)
        #expect(again.calendar == nil)
        let kept = FeedContinuity.plan(
            plan, following: recorded, scenario: Tiny1.documents.parsedScenario, today: today)
        #expect(kept.calendar == recorded.calendar)
    }

    /// The lead's link to `all.ics`.
    static func allFeed(_ client: any TestClientProtocol, token: String) async throws -> String {
        try await client.feedURL("all", token: token)
    }
}

/// A clock a test sets.
final class TestClock: Sendable {
    private let time: Mutex<Date>

    init(_ time: Date) { self.time = Mutex(time) }

    var now: @Sendable () -> Date { { self.time.withLock { $0 } } }

    func set(_ time: Date) { self.time.withLock { $0 = time } }
}
