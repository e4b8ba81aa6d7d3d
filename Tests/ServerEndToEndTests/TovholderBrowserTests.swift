import Foundation
import Testing

#if os(Linux)
    /// Issue 11's browser scenario: a tovholder signs in from a link in headless Chromium, reads
    /// the schedule, copies a feed link from the page; the feed answers 200, then 304.
    @Suite("End to end: a tovholder in the browser", .serialized)
    struct TovholderBrowserTests {
        @Test("sign in from a link, read the schedule, copy the feed link: 200 with an ETag, then 304")
        func signInReadAndSubscribe() async throws {
            let (server, folder) = try await SmallPlan.serve()
            defer { server.stop() }
            let lead = ["Authorization": "Bearer \(try server.createToken(["--role", "lead"]))"]

            // What the page must show, from the published plan: a municipality's therapist with
            // a supervision group and a session date.
            let scenario = try #require(
                try await HTTP.get(server.url("/api/v1/scenario"), headers: lead).json() as? [String: Any])
            let municipalities = try #require(scenario["municipalities"] as? [[String: Any]])
            var expected: (municipality: String, therapist: String, session: String)?
            for municipality in municipalities where expected == nil {
                let id = try #require(municipality["id"] as? String)
                let schedule = try await HTTP.get(server.url("/api/v1/municipalities/\(id)/schedule"), headers: lead)
                guard schedule.status == 200,
                    let therapists = (try schedule.json() as? [String: Any])?["therapists"] as? [[String: Any]],
                    let placed = therapists.first(where: { ($0["sessions"] as? [String])?.isEmpty == false }),
                    let session = (placed["sessions"] as? [String])?.first,
                    let therapist = placed["therapist"] as? String
                else { continue }
                expected = (id, placed["name"] as? String ?? therapist, session)
            }
            let want = try #require(expected, "no municipality has a therapist with supervision sessions")
            let tovholder = try server.createToken(["--role", "tovholder", "--municipality", want.municipality])

            let driver = try await ChromeDriver.start(profile: folder.appendingPathComponent("chromium"))
            defer { driver.stop() }
            let browser = try await driver.newSession()
            try await browser.navigate(to: server.url("/signin?token=\(tovholder)&lang=en"))
            let address = try await browser.currentURL()
            #expect(address.hasSuffix("/municipalities/\(want.municipality)"), "\(address)")
            #expect(!address.contains(tovholder))
            let page = try await browser.text(of: try await browser.element("main, body"))
            #expect(page.contains(want.therapist))
            #expect(page.contains(Self.englishDate(want.session)), "\(Self.englishDate(want.session))")

            // The feed link as the page shows it, fetched by a calendar client (this test).
            let links = try await browser.elements("#feeds code")
            try #require(!links.isEmpty)
            let copied = try await browser.text(of: links[0]).trimmingCharacters(in: .whitespaces)
            let feed = try #require(
                copied.hasPrefix("/") ? server.url(copied) : URL(string: copied), "not a link: \(copied)")
            #expect(feed.path.hasPrefix("/feeds/") && feed.path.hasSuffix(".ics"))
            let first = try await HTTP.get(server.url(feed.path))
            #expect(first.status == 200)
            #expect(first.header("Content-Type") == "text/calendar; charset=utf-8")
            #expect(first.text.hasPrefix("BEGIN:VCALENDAR"))
            let etag = try #require(first.header("ETag"))
            let second = try await HTTP.get(server.url(feed.path), headers: ["If-None-Match": etag])
            #expect(second.status == 304)
            #expect(second.body.isEmpty)
            try await browser.delete()
        }

        /// `2026-02-03` as the English pages write it: `Tue 3 Feb 2026`.
        static func englishDate(_ iso: String) -> String {
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return iso }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][
                calendar.component(.weekday, from: date) - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
                parts[1] - 1]
            return "\(weekday) \(parts[2]) \(month) \(parts[0])"
        }
    }
#endif
