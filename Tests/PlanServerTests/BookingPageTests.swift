import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import TestSupport
import Testing

@Suite("Booking pages")
struct BookingPageTests {
    private static let clock: @Sendable () -> Date = { ConsultationDays.before }

    @Test(
        "a tovholder moves, reports an absence, enrols and withdraws on the page: 303 when accepted, the reason on the page when refused, 403 without CSRF",
        arguments: TestBackend.available)
    func forms(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let plan = ConsultationDays.plan
        let norddjurs = Tiny1.documents.parsedScenario.municipalities.first { $0.id == "norddjurs" }!
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.norddjurs)
            let page = "/municipalities/norddjurs/bookings"
            #expect(try await browser.get(page).status == .ok)
            #expect(try await browser.get("/municipalities/randers/bookings").status == .notFound)
            let csrf = try await browser.csrf(on: page)
            let therapist = norddjurs.therapists[0].id

            // Move: an unknown group is refused on the page; without CSRF nothing happens.
            let unknown = try await browser.post(
                "\(page)/move", [("csrf", csrf), ("therapist", therapist), ("group", "nowhere")])
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("Der er ingen supervisionsgruppe &#39;nowhere&#39;."))
            #expect(
                try await browser.post("\(page)/move", [("therapist", therapist), ("group", "nowhere")]).status
                    == .forbidden)

            // Absence: backwards dates refused, a quiet day accepted.
            let backwards = try await browser.post(
                "\(page)/absence",
                [
                    ("csrf", csrf), ("therapist", therapist), ("from", day.description),
                    ("to", day.adding(days: -1).description),
                ])
            #expect(backwards.status == .unprocessableContent)
            #expect(
                try await browser.post(
                    "\(page)/absence", [("therapist", therapist), ("from", day.description), ("to", day.description)]
                ).status == .forbidden)
            let absent = try await browser.post(
                "\(page)/absence",
                [("csrf", csrf), ("therapist", therapist), ("from", day.description), ("to", day.description)])
            #expect(absent.status == .seeOther, "\(absent.text)")
            #expect(try await browser.get("\(page)?done=absent").text.contains("Fraværet er meldt."))

            // Enrol: an unknown manual is refused; a new therapist is enrolled or waitlisted.
            let manual = try #require(norddjurs.manuals.first)
            let badManual = try await browser.post(
                "\(page)/enrol", [("csrf", csrf), ("therapist", "norddjurs-90"), ("manual", "nothing")])
            #expect(badManual.status.code >= 400 && badManual.status.code < 500)
            #expect(
                try await browser.post("\(page)/enrol", [("therapist", "norddjurs-91"), ("manual", manual)]).status
                    == .forbidden)
            let enrolled = try await browser.post(
                "\(page)/enrol", [("csrf", csrf), ("therapist", "norddjurs-91"), ("name", "Ny"), ("manual", manual)])
            #expect(enrolled.status == .seeOther, "\(enrolled.text)")

            // Withdraw: only with the box ticked.
            let unconfirmed = try await browser.post("\(page)/withdraw", [("csrf", csrf), ("therapist", therapist)])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(
                try await browser.post("\(page)/withdraw", [("therapist", therapist), ("confirm", "yes")]).status
                    == .forbidden)
            let withdrawn = try await browser.post(
                "\(page)/withdraw", [("csrf", csrf), ("therapist", therapist), ("confirm", "yes")])
            #expect(withdrawn.status == .seeOther, "\(withdrawn.text)")
            let published = try #require(try await fixture.store.publishedVersion())
            let after = try Plan(jsonData: published.plan)
            #expect(!after.supervisionGroups.contains { $0.members.contains(therapist) })
            #expect(plan.supervisionGroups.contains { $0.members.contains(therapist) })
        }
    }

    @Test(
        "a therapist who took two manuals has a move form for each of their groups; moving one keeps the other",
        arguments: TestBackend.available)
    func twoManuals(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 1, groups: [2, 1], groupMax: 3, secondManual: true)
        let fixture = try await BookingFixture.make(backend, world: world)
        let therapist = try #require(world.members["c1-g1"]?.first)
        #expect(world.members["d1-g1"]?.contains(therapist) == true)
        try await fixture.test { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.tovholder(of: therapist))
            let page = "/municipalities/kommune-0/bookings"
            let text = try await browser.get(page).text
            #expect(text.contains("id=\"group-\(therapist)-c1-g1\""))
            #expect(text.contains("id=\"group-\(therapist)-d1-g1\""))
            #expect(text.contains("Flyt fra d1-g1 til en anden gruppe i samme hold"))
            let csrf = try await browser.csrf(on: page)
            let moved = try await browser.post(
                "\(page)/move", [("csrf", csrf), ("therapist", therapist), ("group", "d1-g2")])
            #expect(moved.status == .seeOther, "\(moved.text)")
            let plan = try await fixture.publishedPlan()
            #expect(
                plan.supervisionGroups.filter { $0.members.contains(therapist) }.map(\.id).sorted() == [
                    "c1-g1", "d1-g2",
                ])

            // Enrolling a new therapist in both manuals (two ticked boxes); none ticked is refused.
            let none = try await browser.post("\(page)/enrol", [("csrf", csrf), ("therapist", "kommune-0-new")])
            #expect(none.status == .unprocessableContent, "\(none.text)")
            #expect(none.text.contains("Sæt flueben ved mindst én manual."))
            let enrolled = try await browser.post(
                "\(page)/enrol",
                [
                    ("csrf", csrf), ("therapist", "kommune-0-new"), ("manual", BookingWorld.manual),
                    ("manual", BookingWorld.secondManualID),
                ])
            #expect(enrolled.status == .seeOther, "\(enrolled.text)")
            let groups = try await fixture.publishedPlan().supervisionGroups
            #expect(groups.filter { $0.members.contains("kommune-0-new") }.map(\.manual).sorted() == ["m", "m2"])
        }
    }

    @Test(
        "an absence reported by the tovholder shows on the supervisor's schedule on the day it covers",
        arguments: TestBackend.available)
    func psychologistSeesWhoIsAway(backend: TestBackend) async throws {
        let world = BookingWorld(municipalities: 2, groups: [2, 2], groupMax: 3)
        let fixture = try await BookingFixture.make(backend, world: world)
        let therapist = try #require(world.members["c1-g1"]?.first)
        try await fixture.test { client in
            var lead = PageClient(client)
            try await lead.signIn(fixture.lead)
            let page = "/psychologists/s1"
            #expect(try await !lead.get(page).text.contains("Fraværende"))
            let absence = try await client.request(
                "/api/v1/absences", .post, token: fixture.tovholder(of: therapist),
                body: #"{"therapist": "\#(therapist)", "from": "2027-01-19", "to": "2027-01-19"}"#)
            #expect(absence.status == .created, "\(absence.text)")
            let text = try await lead.get(page).text
            #expect(text.contains("Fraværende: \(therapist)"))
            #expect(text.components(separatedBy: "Fraværende:").count == 2)
            #expect(try await lead.get(page + "?lang=en").text.contains("Away: \(therapist)"))
        }
    }
}
