import Foundation
import Hummingbird
import HummingbirdTesting
import PlanServer
import PlanStore
import PlanningModel
import StoreTestSupport
import Testing

@Suite("Consultation pages")
struct ConsultationPageTests {
    private static let clock: @Sendable () -> Date = { ConsultationDays.before }

    @Test(
        "the psychologist offers, changes and cancels a slot on the page (303 to the page with a note), a refused offer shows the reason in Danish with the form kept (422), a form without CSRF 403",
        arguments: TestBackend.available)
    func psychologistForms(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        try await fixture.test(clock: Self.clock) { client in
            var browser = PageClient(client)
            try await browser.signIn(fixture.psychologist)
            let page = "/psychologists/p1/consultations"
            let shown = try await browser.get(page)
            #expect(shown.status == .ok)
            #expect(shown.text.contains("Tilbyd en konsultationstid"))
            let csrf = try await browser.csrf(on: page)
            let slot: [(String, String)] = [
                ("date", day.description), ("start", "10:00"), ("minutes", "45"), ("mode", "physical"),
                ("venue", "bua-skejby"),
            ]

            let refused = try await browser.post(
                page, [("csrf", csrf)] + slot.map { $0.0 == "minutes" ? ("minutes", "500") : $0 })
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("En konsultation varer 15–180 minutter, ikke 500."))
            #expect(refused.text.contains(#"value="500""#))
            #expect(try await fixture.store.consultations(psychologist: "p1").isEmpty)

            #expect(try await browser.post(page, slot).status == .forbidden)
            #expect(try await fixture.store.consultations(psychologist: "p1").isEmpty)

            let offered = try await browser.post(page, [("csrf", csrf)] + slot)
            #expect(offered.status == .seeOther)
            #expect(offered.headers[.location] == "\(page)?done=offered")
            let id = try #require(try await fixture.store.consultations(psychologist: "p1").first?.id)
            let listed = try await browser.get("\(page)?done=offered")
            #expect(listed.text.contains("Tiden er tilbudt."))
            #expect(listed.text.contains("10:00–10:45"))

            let overlapping = try await browser.post(
                page, [("csrf", csrf)] + slot.map { $0.0 == "start" ? ("start", "10:30") : $0 })
            #expect(overlapping.status == .conflict)
            #expect(overlapping.text.contains("Tidspunktet overlapper med konsultationstid \(id) (10:00–10:45)."))

            let changed = try await browser.post(
                "\(page)/\(id)",
                [("csrf", csrf), ("date", day.description), ("start", "13:00"), ("minutes", "30"), ("mode", "virtual")])
            #expect(changed.status == .seeOther)
            let stored = try #require(try await fixture.store.consultation(id: id))
            #expect(stored.times.startMinute == 13 * 60)
            #expect(stored.times.venue == nil)
            #expect(try await browser.post("\(page)/\(id)", [("start", "14:00")]).status == .forbidden)

            let cancelled = try await browser.post("\(page)/\(id)/cancel", [("csrf", csrf)])
            #expect(cancelled.status == .seeOther)
            #expect(try await fixture.store.consultation(id: id) == nil)
            let again = try await browser.post("\(page)/\(id)/cancel", [("csrf", csrf)])
            #expect(again.status == .notFound)
            #expect(again.text.contains("Konsultationstiden findes ikke."))
        }
    }

    @Test(
        "a tovholder books and cancels on the page; a taken slot is refused in words (409); another municipality's page 404; a form without CSRF 403",
        arguments: TestBackend.available)
    func tovholderForms(backend: TestBackend) async throws {
        let fixture = try await ServerFixture.make(backend)
        let day = try #require(ConsultationDays.quiet.first)
        let slot = try await fixture.store.offerConsultation(
            psychologist: "p1",
            times: ConsultationTimes(day: day.description, startMinute: 600, minutes: 45, mode: .virtual, venue: nil),
            by: .server, at: ConsultationDays.before)
        try await fixture.test(clock: Self.clock) { client in
            var norddjurs = PageClient(client)
            try await norddjurs.signIn(fixture.norddjurs)
            let page = "/municipalities/norddjurs/consultations"
            let shown = try await norddjurs.get(page)
            #expect(shown.status == .ok)
            #expect(shown.text.contains("Skriv ingen oplysninger om børn i emnet"))
            #expect(shown.text.contains("10:00–10:45"))
            let csrf = try await norddjurs.csrf(on: page)
            #expect(try await norddjurs.get("/municipalities/randers/consultations").status == .notFound)

            let tooLong = try await norddjurs.post(
                "\(page)/\(slot.id)/book",
                [("csrf", csrf), ("therapist", "norddjurs-01"), ("topic", String(repeating: "x", count: 201))])
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("Emnet må højst have 200 tegn (det har 201)."))
            #expect(
                try await norddjurs.post(
                    "\(page)/\(slot.id)/book", [("therapist", "norddjurs-01"), ("topic", "Samarbejde")]
                ).status == .forbidden)
            let booked = try await norddjurs.post(
                "\(page)/\(slot.id)/book", [("csrf", csrf), ("therapist", "norddjurs-01"), ("topic", "Samarbejde")])
            #expect(booked.status == .seeOther)
            #expect(booked.headers[.location] == "\(page)?done=booked")
            #expect(try await norddjurs.get("\(page)?done=booked").text.contains("Samarbejde"))

            var randers = PageClient(client)
            try await randers.signIn(fixture.randers)
            let randersPage = "/municipalities/randers/consultations"
            let randersCSRF = try await randers.csrf(on: randersPage)
            #expect(!(try await randers.get(randersPage).text.contains("Samarbejde")))
            let taken = try await randers.post(
                "\(randersPage)/\(slot.id)/book?lang=en",
                [("csrf", randersCSRF), ("therapist", "randers-01"), ("topic", "Forløb")])
            #expect(taken.status == .conflict)
            #expect(taken.text.contains("Somebody else booked this slot first."))

            let unbooked = try await norddjurs.post("\(page)/\(slot.id)/unbook", [("csrf", csrf)])
            #expect(unbooked.status == .seeOther)
            #expect(try await fixture.store.consultation(id: slot.id)?.booking == nil)
        }
    }
}
