import Foundation
import Hummingbird
import HummingbirdTesting
import PlanStore
import Planner
import PlanningModel
import StoreTestSupport
import Testing

/// tiny-1 with one meeting series, planned once per test run: for the secretariat's page.
enum Tiny1WithMeetings {
    static let documents: (scenario: Data, plan: Plan) = {
        var document = try! JSONDecoder().decode(JSONValue.self, from: Tiny1.documents.scenario)
        let series: JSONValue = try! JSONDecoder().decode(
            JSONValue.self,
            from: Data(
                #"""
                {"id": "netvaerk", "title": "Netværksmøde STIME", "count": 2,
                 "window": {"from": "2026-09-07", "to": "2026-11-13"}, "slot": "pm", "venues": ["bua-skejby"],
                 "organizer": {"name": "Sekretariatet"},
                 "attendees": [{"name": "Tovholder Norddjurs", "origin": {"municipality": "norddjurs"}},
                               {"name": "Psykolog 1", "psychologist": "p1", "origin": {"venue": "bua-skejby"}}]}
                """#.utf8))
        if case .object(var root) = document {
            root["meetings"] = .array([series])
            document = .object(root)
        }
        let data = try! JSONEncoder().encode(document)
        let loaded = try! ScenarioLoader().load(data: data, fileName: "tiny-1-meetings.json", baseDirectory: nil)
        let plan = StimePlanSolver(scenario: loaded.scenario, calendar: loaded.calendar)
            .solve(PlannerOptions(seed: 1, timeLimit: 10, iterations: 30, suggestions: false))
        return (data, plan)
    }()
}

@Suite("Pages")
struct PagesTests {
    private static let plan = try! PlanLoader.load(data: Tiny1.documents.plan, fileName: "plan.json")

    @Test(
        "a tovholder's page shows their therapists, cohorts, groups and feed links, nothing of another municipality",
        arguments: TestBackend.available)
    func tovholder(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let own = Self.plan.cohorts.filter { $0.participants.contains { $0.hasPrefix("norddjurs-") } }.map(\.id)
        let groups = Self.plan.supervisionGroups.filter { $0.members.contains { $0.hasPrefix("norddjurs-") } }
        #expect(!own.isEmpty && !groups.isEmpty)
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.norddjurs)
            let page = try await browser.get("/municipalities/norddjurs")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Norddjurs Kommune</h1>"))
            for id in ["norddjurs-01", "norddjurs-04"] + own + groups.map(\.id) { #expect(html.contains(id), "\(id)") }
            #expect(html.contains("/municipality-norddjurs.ics"))
            #expect(html.contains("/therapist-norddjurs-01.ics"))
            #expect(html.contains("Abonner fra internettet"))
            #expect(html.contains("href=\"webcal://"))
            #expect(!html.contains("randers"))
            #expect(!html.contains("Randers"))

            // The feed link on the page works.
            let link = try #require(html.firstMatch(of: /http:\/\/[^\s<"]+\/municipality-norddjurs\.ics/)?.0)
            let path = String(link.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" })
            #expect(try await client.execute(uri: path, method: .get).status == .ok)

            for uri in [
                "/municipalities/randers", "/municipalities/nowhere", "/psychologists/p1", "/meetings", "/versions",
                "/tokens", "/audit", "/versions/1/report", "/versions/1/changes",
            ] {
                let other = try await browser.get(uri)
                #expect(other.status == .notFound, "\(uri)")
                #expect(other.text.contains("Siden findes ikke"), "\(uri)")
                #expect(other.text.contains("action=\"/signout\""), "\(uri)")
                #expect(!other.text.contains("Randers"), "\(uri)")
            }
        }
    }

    @Test(
        "a psychologist's page shows their schedule, groups with members' municipalities and their feed link",
        arguments: TestBackend.available)
    func psychologist(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let groups = Self.plan.supervisionGroups.filter { $0.supervisor == "p1" }
        let cohorts = Self.plan.cohorts.filter { $0.trainers.contains("p1") }
        #expect(!(groups.isEmpty && cohorts.isEmpty))
        let others = Self.plan.supervisionGroups.filter { $0.supervisor != "p1" }.map(\.id)
        try await fixture.test { client in
            var browser = PageClient(client)
            #expect(try await browser.signIn(fixture.psychologist).headers[.location] == "/psychologists/p1")
            let page = try await browser.get("/psychologists/p1")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Psykolog 1</h1>"))
            for id in groups.map(\.id) + cohorts.map(\.id) { #expect(html.contains(id), "\(id)") }
            for id in others where !cohorts.contains(where: { $0.id == id }) {
                #expect(!html.contains(">Gruppe \(id) "), "\(id)")
            }
            let sessions = groups.reduce(0) { $0 + $1.sessions.count } + cohorts.reduce(0) { $0 + $1.days.count }
            #expect(html.components(separatedBy: "<tr><td class=\"nowrap\">").count - 1 == sessions)
            for member in groups.flatMap(\.members) { #expect(html.contains(member)) }
            #expect(html.contains("/psychologist-p1.ics"))
            #expect(!html.contains("psychologist-p2"))
            #expect(try await browser.get("/psychologists/p2").status == .notFound)
            #expect(try await browser.get("/municipalities/norddjurs").status == .notFound)
        }
    }

    @Test(
        "the secretariat's page shows every meeting with date, venue and attendees, and the feed links",
        arguments: TestBackend.available)
    func secretariat(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let documents = Tiny1WithMeetings.documents
        #expect(documents.plan.meetings.count == 2)
        let number = try await fixture.store.createVersion(
            scenario: documents.scenario, plan: try documents.plan.jsonData(), by: .server, at: fixture.publishedAt)
        _ = try await fixture.store.publish(version: number, by: .server, at: fixture.publishedAt)
        try await fixture.test { client in
            var browser = PageClient(client)
            #expect(try await browser.signIn(fixture.secretariat).headers[.location] == "/meetings")
            let html = try await browser.get("/meetings").text
            #expect(html.contains("<h2>Netværksmøde STIME</h2>"))
            #expect(html.contains("Sekretariatet"))
            #expect(html.contains("Tovholder Norddjurs · Norddjurs Kommune"))
            #expect(html.contains("Psykolog 1 · Børne- og Ungdomspsykiatrisk Afdeling, Skejby"))
            for meeting in documents.plan.meetings {
                let day = "\(meeting.date.day). "
                #expect(html.contains(day), "\(meeting.date)")
            }
            #expect(html.components(separatedBy: "12:30–15:30").count - 1 == 2)
            #expect(html.contains("/all.ics"))
            #expect(html.contains("/meetings-netvaerk.ics"))
            #expect(!html.contains("municipality-norddjurs.ics"))
            #expect(try await browser.get("/municipalities/norddjurs").status == .notFound)
            #expect(try await browser.get("/versions").status == .notFound)

            var tovholder = PageClient(client)
            try await tovholder.signIn(fixture.norddjurs)
            #expect(try await tovholder.get("/meetings").status == .notFound)
        }
    }

    @Test(
        "the lead publishes a draft from the versions page with the CSRF token; without it, 403 and nothing changes",
        arguments: TestBackend.available)
    func publish(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let draft = try await fixture.store.createVersion(
            scenario: Tiny1.documents.scenario, plan: Tiny1.documents.plan, by: .server, at: Date())
        let publishedAt = Date(timeIntervalSince1970: 1_796_000_000)
        let clock: @Sendable () -> Date = { publishedAt }
        try await fixture.test(clock: clock) { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.lead)
            let list = try await browser.get("/versions")
            #expect(list.text.contains("action=\"/versions/\(draft)/publish\""))
            #expect(list.text.contains(">kladde<"))
            #expect(list.text.contains("offentliggjort "))
            #expect(
                list.text.contains(">\(Self.plan.score.total)<")
                    || list.text.contains(Self.grouped(Self.plan.score.total)))

            let refused = try await browser.post("/versions/\(draft)/publish", [("csrf", "wrong")])
            #expect(refused.status == .forbidden)
            #expect(try await fixture.store.publishedHead()?.number == 1)

            let csrf = try await browser.csrf(on: "/versions")
            let published = try await browser.post("/versions/\(draft)/publish", [("csrf", csrf)])
            #expect(published.status == .seeOther)
            #expect(published.headers[.location] == "/versions?published=\(draft)")
            #expect(
                try await fixture.store.publishedHead()
                    == VersionHead(number: draft, revision: 0, changedAt: publishedAt))
            #expect(
                try await browser.get("/versions?published=\(draft)").text.contains(
                    "Version \(draft) er offentliggjort"))
            let again = try await browser.post("/versions/\(draft)/publish", [("csrf", csrf)])
            #expect(again.status == .conflict)
            #expect(try await browser.post("/versions/99/publish", [("csrf", csrf)]).status == .notFound)

            let index = try await browser.get("/municipalities")
            #expect(
                index.text.contains("href=\"/municipalities/randers\"")
                    && index.text.contains("href=\"/psychologists/p3\""))
            #expect(try await browser.get("/municipalities/randers").status == .ok)
            #expect(try await browser.get("/psychologists/p2").status == .ok)
            #expect(try await browser.get("/meetings").status == .ok)
            #expect(try await browser.get("/feeds").text.contains("/therapist-randers-04.ics"))

            let audit = try await browser.get("/audit")
            #expect(audit.status == .ok)
            #expect(audit.text.contains("plan.publish"))
            #expect(audit.text.contains("Projektleder"))

            let changes = try await browser.get("/versions/\(draft)/changes?from=1")
            #expect(changes.status == .ok)
            #expect(changes.text.contains("0 kalenderposter er ændret fra version 1 til \(draft)"))
            #expect(changes.text.contains("brud på hårde regler \(Self.plan.score.hardViolations) → "))
            #expect(try await browser.get("/versions/\(draft)/changes?from=x").status == .notFound)
            #expect(try await browser.get("/versions/7/changes?from=1").status == .notFound)

            let report = try await browser.get("/versions/1/report")
            #expect(report.status == .ok)
            #expect(report.text.hasPrefix("<!DOCTYPE html>"))
            #expect(report.text.contains("<svg"))
            #expect(try await browser.get("/versions/1/report?lang=en").text.contains("lang=\"en\""))
        }
    }

    @Test(
        "the changes page lists an entry that moved between two versions, with who is affected",
        arguments: TestBackend.available)
    func changes(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        var moved = Self.plan
        let group = try #require(moved.supervisionGroups.first { !$0.sessions.isEmpty && !$0.members.isEmpty })
        let index = try #require(moved.supervisionGroups.firstIndex { $0.id == group.id })
        let last = group.sessions.count - 1
        moved.supervisionGroups[index].sessions[last] = group.sessions[last].adding(days: 7)
        let draft = try await fixture.store.createVersion(
            scenario: Tiny1.documents.scenario, plan: try moved.jsonData(), by: .server, at: Date())
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.lead)
            let page = try await browser.get("/versions/\(draft)/changes")
            #expect(page.status == .ok)
            #expect(page.text.contains("1 kalenderpost er ændret fra version 1 til \(draft)"))
            #expect(page.text.contains("Supervision \(group.sessions.count) · gruppe \(group.id)"))
            #expect(page.text.contains(">flyttet<"))
            #expect(page.text.contains("\(group.members.count + 1) personer"))
            let english = try await browser.get("/versions/\(draft)/changes?from=1&lang=en")
            #expect(english.text.contains("1 calendar entry changed from version 1 to \(draft)"))
            #expect(english.text.contains(">moved<"))
        }
    }

    @Test(
        "the lead makes a token on the tokens page: its sign-in link is shown once and works; revoking it ends it",
        arguments: TestBackend.available)
    func tokens(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var lead = PageClient(client)
            try await lead.signIn(fixture.lead)
            let csrf = try await lead.csrf(on: "/tokens")
            let before = try await fixture.store.tokenRecords().count
            for fields in [
                [("role", "tovholder"), ("municipality", "aarhus")], [("role", "psychologist"), ("psychologist", "")],
                [("role", "boss")],
            ] {
                let refused = try await lead.post("/tokens", [("csrf", csrf)] + fields)
                #expect(refused.status == .unprocessableContent, "\(fields)")
            }
            #expect(try await fixture.store.tokenRecords().count == before)

            let created = try await lead.post(
                "/tokens", [("csrf", csrf), ("role", "tovholder"), ("municipality", "randers"), ("psychologist", "p1")])
            #expect(created.status == .ok)
            let link = try #require(created.text.firstMatch(of: /signin\?token=([A-Za-z0-9_-]{43})/)?.1)
            let record = try #require(try await fixture.store.tokenRecords().first)
            #expect(record.token.role == .tovholder && record.token.subject == "randers")
            #expect(!(try await lead.get("/tokens")).text.contains(String(link)))

            var randers = PageClient(client)
            #expect(try await randers.signIn(String(link)).headers[.location] == "/municipalities/randers")
            #expect(try await randers.get("/municipalities/randers").status == .ok)

            let revoked = try await lead.post("/tokens/\(record.token.id)/revoke", [("csrf", csrf)])
            #expect(revoked.status == .seeOther)
            #expect(try await randers.get("/municipalities/randers").status == .unauthorized)
            #expect(try await lead.post("/tokens/\(record.token.id)/revoke", [("csrf", csrf)]).status == .notFound)
            #expect(try await lead.post("/tokens/\(record.token.id)/revoke", []).status == .forbidden)
        }
    }

    @Test("pages are Danish by default and English with ?lang=en", arguments: TestBackend.available)
    func languages(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.norddjurs)
            let danish = try await browser.get("/municipalities/norddjurs").text
            #expect(danish.contains("Behandlere") && danish.contains("Log ud") && danish.contains(">English<"))
            #expect(!danish.contains("Therapists") && !danish.contains("Sign out"))
            let english = try await browser.get("/municipalities/norddjurs?lang=en").text
            #expect(english.contains("Therapists") && english.contains("Sign out") && english.contains(">Dansk<"))
            #expect(!english.contains("Behandlere") && !english.contains("Log ud"))
            #expect(english.contains("href=\"/municipalities/norddjurs?lang=da\""))
        }
    }

    /// `12.345`: a Danish number with thousands separators.
    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(".") }
            text.append(digit)
        }
        return ">\(text)<"
    }
}
