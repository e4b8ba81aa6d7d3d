import Foundation
import TestSupport
import Testing

#if os(Linux)
    /// Issue 12's browser scenario: a tovholder moves a therapist to another group on the
    /// bookings page in headless Chromium; the therapist's feed then has the new group's
    /// sessions, and the old group's (same UIDs) cancelled with a higher SEQUENCE than before.
    @Suite("End to end: a move on the bookings page", .serialized)
    struct BookingBrowserTests {
        /// The events of an iCalendar text: UID → (SEQUENCE, STATUS, DTSTART value).
        static func events(_ calendar: String) -> [String: (sequence: Int, status: String, start: String)] {
            let events = ICSEvents(calendar)
            var result: [String: (sequence: Int, status: String, start: String)] = [:]
            for uid in events.uids {
                result[uid] = (
                    Int(events.value("SEQUENCE", of: uid) ?? "0") ?? 0, events.value("STATUS", of: uid) ?? "",
                    events.value("DTSTART", of: uid) ?? ""
                )
            }
            return result
        }

        @Test(
            "move a therapist on the page: the feed has the new group's sessions; the old ones cancelled, SEQUENCE raised"
        )
        func moveOnThePage() async throws {
            let (server, folder) = try await BookingPlan.serve()
            defer { server.stop() }
            let lead = ["Authorization": "Bearer \(try server.createToken(["--role", "lead"]))"]
            let mover = "kommune-0-t0"
            let member = try #require(BookingPlan.world.members["c1-g2"]?.first)
            try #require(BookingPlan.world.members["c1-g1"]?.contains(mover) == true)

            // Feeds before the move: the mover's, and a c1-g2 member's (the new group's events).
            let links = try #require(
                try await HTTP.get(server.url("/api/v1/feeds"), headers: lead).json() as? [[String: String]])
            func feed(of therapist: String) throws -> URL {
                let link = try #require(links.first { $0["file"] == "therapist-\(therapist)" }?["url"])
                return server.url(link)
            }
            let moverFeed = try feed(of: mover)
            let before = try await HTTP.get(moverFeed)
            try #require(before.status == 200)
            let newGroup = Self.events(try await HTTP.get(try feed(of: member)).text).filter {
                $0.key.hasPrefix("session-c1-g2-")
            }
            try #require(newGroup.count == 2, "\(newGroup.keys.sorted())")
            #expect(Self.events(before.text).keys.allSatisfy { !$0.hasPrefix("session-c1-g2-") })

            // The tovholder signs in from a link, opens the bookings page, chooses c1-g2, submits.
            let tovholder = try server.createToken(["--role", "tovholder", "--municipality", "kommune-0"])
            let driver = try await ChromeDriver.start(profile: folder.appendingPathComponent("chromium"))
            defer { driver.stop() }
            let browser = try await driver.newSession()
            try await browser.navigate(to: server.url("/signin?token=\(tovholder)&lang=en"))
            try await browser.navigate(to: server.url("/municipalities/kommune-0/bookings"))
            try await browser.click(
                try await browser.element("#therapist-\(mover) select[name='group'] option[value='c1-g2']"))
            try await browser.click(
                try await browser.element("#therapist-\(mover) form[action$='/move'] button[type='submit']"))
            var notices: [WebDriverSession.Element] = []
            for _ in 0..<100 where notices.isEmpty {
                notices = try await browser.elements("p.ok")
                if notices.isEmpty { try await Task.sleep(for: .milliseconds(100)) }
            }
            if notices.isEmpty {
                let source = try await browser.source()
                Issue.record("no confirmation after the move: \(source)")
                return
            }
            let page = try await browser.text(of: try await browser.element("#therapist-\(mover)"))
            #expect(page.contains("c1-g2"), "\(page)")
            try await browser.delete()

            // The feed: a new ETag; the new group's sessions, live, as that group's members have
            // them (a change of people alone keeps an event's SEQUENCE, REPLAN.md); the old
            // group's sessions under the same UIDs, now CANCELLED with a higher SEQUENCE.
            let after = try await HTTP.get(moverFeed)
            #expect(after.status == 200)
            #expect(after.header("ETag") != before.header("ETag"))
            let events = Self.events(after.text)
            for (uid, old) in newGroup {
                let event = try #require(events[uid], "\(uid) not in the feed after the move")
                #expect(event.start == old.start, "\(uid)")
                #expect(event.status != "CANCELLED", "\(uid)")
                #expect(event.sequence >= old.sequence, "\(uid)")
            }
            let oldGroup = Self.events(before.text).filter { $0.key.hasPrefix("session-c1-g1-") }
            try #require(oldGroup.count == 2, "\(oldGroup.keys.sorted())")
            for (uid, old) in oldGroup {
                let event = try #require(events[uid], "\(uid) not in the feed after the move")
                #expect(event.status == "CANCELLED", "\(uid) still live")
                #expect(
                    event.sequence > old.sequence, "\(uid): SEQUENCE \(event.sequence) after, \(old.sequence) before")
            }
        }
    }
#endif
