import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel
import Testing

@testable import PlanReport

/// The report's "Changes" section of a re-plan (REPLAN.md): what moved, was added or
/// cancelled, and who is affected, by municipality, in Danish and English.
@Suite struct ChangesSectionTests {
    private static func day(_ text: String) -> CalendarDay { ExamplePlans.day(text) }

    /// tiny-1 with a meeting series whose tovholder (no e-mail) and p2 attend.
    private static func scenario() throws -> Scenario {
        var scenario = try ExamplePlans.scenario("tiny-1.json")
        scenario.meetings = [
            MeetingSeries(
                id: "jig", title: "Fælles implementeringsgruppe", count: 1,
                window: DateRange(from: day("2026-09-07"), to: day("2026-11-06")), slot: .pm, minGapWeeks: 4,
                venues: ["bua-skejby"],
                attendees: [
                    Attendee(name: "Tovholder Norddjurs", origin: .municipality("norddjurs")),
                    Attendee(name: "Psykolog 2", psychologist: "p2", origin: .venue("bua-goedstrup")),
                ])
        ]
        return scenario
    }

    /// The tiny-1 example plan as a re-plan from 2026-09-15: training day 2 moved a day,
    /// a session added for the Randers group, the meeting cancelled, a member moved.
    private static func replan() -> Plan {
        var plan = ExamplePlans.tiny1()
        plan.base = PlanBase(scenario: "tiny-1", today: day("2026-09-15"), total: 23_000)
        let trainingBefore = EntryState(
            date: day("2026-09-21"), slot: .day, venue: "bua-skejby", manual: "angst-tristhed",
            people: ["norddjurs-01", "p1", "p3", "randers-01"])
        var trainingAfter = trainingBefore
        trainingAfter.date = day("2026-09-22")
        plan.changes = [
            PlanChange(
                key: .trainingDay(cohort: "angst-tristhed-1", day: 2), kind: .moved, before: trainingBefore,
                after: trainingAfter, people: ["norddjurs-01", "p1", "p3", "randers-01"]),
            PlanChange(
                key: .session(group: "angst-tristhed-1-a", number: 2), kind: .people,
                before: EntryState(
                    date: day("2026-10-19"), slot: .am, venue: "bua-skejby", manual: "angst-tristhed",
                    people: ["norddjurs-01", "norddjurs-02", "p1"]),
                after: EntryState(
                    date: day("2026-10-19"), slot: .am, venue: "bua-skejby", manual: "angst-tristhed",
                    people: ["norddjurs-01", "p1"]),
                people: ["norddjurs-02"]),
            PlanChange(
                key: .session(group: "angst-tristhed-1-b", number: 3), kind: .added, before: nil,
                after: EntryState(
                    date: day("2026-11-02"), slot: .pm, venue: nil, manual: "angst-tristhed",
                    people: ["p3", "randers-01"]),
                people: ["p3", "randers-01"]),
            PlanChange(
                key: .meeting(series: "jig", index: 1), kind: .removed,
                before: EntryState(
                    date: day("2026-10-07"), slot: .pm, venue: "bua-skejby", manual: nil,
                    people: ["Tovholder Norddjurs", "p2"]),
                after: nil, people: ["Tovholder Norddjurs", "p2", "gone-01"]),
        ]
        plan.score.terms["S11"] = 900
        plan.score.total += 900
        return plan
    }

    private static func render(_ plan: Plan, _ language: OutputLanguage) throws -> String {
        let scenario = try scenario()
        return try PlanReportRenderer(
            scenario: scenario, plan: plan, calendar: PlanningCalendar(scenario: scenario), language: language
        ).render()
    }

    /// The text of the `<section id="changes">`.
    private static func section(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"changes\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test(arguments: OutputLanguage.allCases)
    func showsEveryChangeByMunicipalityThenPsychologistsAndAttendees(_ language: OutputLanguage) throws {
        let html = try Self.render(Self.replan(), language)
        #expect(XMLCheck.errors(in: html) == [])
        #expect(!html.contains(">changes."), "untranslated key")
        #expect(html.contains("<a href=\"#changes\">"))
        let section = try Self.section(html)
        let danish = language == .da
        let headings = [
            "<h3>Norddjurs Kommune</h3>", "<h3>Randers Kommune</h3>",
            danish ? "<h3>BUA-psykologer</h3>" : "<h3>BUA psychologists</h3>",
            danish ? "<h3>Andre mødedeltagere</h3>" : "<h3>Other meeting attendees</h3>",
            danish ? "<h3>Ikke længere med i scenariet</h3>" : "<h3>No longer in the scenario</h3>",
        ]
        let positions = try headings.map { heading in
            try #require(section.range(of: heading), "\(heading) missing").lowerBound
        }
        #expect(positions == positions.sorted())
        for badge in ["badge-moved", "badge-added", "badge-removed", "badge-people"] {
            #expect(section.contains(badge))
        }
        // Norddjurs: the moved training day (norddjurs-01) and the session norddjurs-02 left.
        let norddjurs = String(section[positions[0]..<positions[1]])
        #expect(norddjurs.contains(danish ? "uddannelsesdag 2" : "training day 2"))
        #expect(norddjurs.contains(danish ? "21. sep. 2026" : "21 Sep 2026"))
        #expect(norddjurs.contains(danish ? "22. sep. 2026" : "22 Sep 2026"))
        #expect(norddjurs.contains("norddjurs-02"))
        #expect(!norddjurs.contains("randers-01"))
        #expect(norddjurs.contains(danish ? "2 personer berørt" : "2 people affected"))
        let randers = String(section[positions[1]..<positions[2]])
        #expect(randers.contains(danish ? "1 person berørt" : "1 person affected"))
        // The psychologists: p1, p3 (training day), p3 (new session), p2 (cancelled meeting).
        let psychologists = String(section[positions[2]..<positions[3]])
        #expect(psychologists.contains("Psykolog 1, Psykolog 3"))
        #expect(psychologists.contains("Psykolog 2"))
        #expect(psychologists.contains(danish ? "Aflyst" : "Cancelled"))
        // The new supervision session is virtual (no venue), 150 minutes from 12:30.
        #expect(
            section.contains(
                danish ? "man. 2. nov. 2026, 12:30–15:00, virtuelt" : "Mon 2 Nov 2026, 12:30–15:00, online"))
        let attendees = String(section[positions[3]..<positions[4]])
        #expect(attendees.contains("Tovholder Norddjurs"))
        #expect(section[positions[4]...].contains("gone-01"))
    }

    @Test(arguments: OutputLanguage.allCases)
    func countsEachKindAndThePeopleAffected(_ language: OutputLanguage) throws {
        let section = try Self.section(try Self.render(Self.replan(), language))
        // 1 moved, 1 added, 1 cancelled, 1 with other people; 8 distinct people in `people` (norddjurs-01, -02, p1, p2, p3, randers-01, the tovholder, gone-01).
        let figures = section.components(separatedBy: "<span class=\"figure\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(figures == ["1", "1", "1", "1", "8"])
    }

    @Test func aPlanWithoutBaseHasNoChangesSectionAndNoS11Row() throws {
        let html = try Self.render(ExamplePlans.tiny1(), .en)
        #expect(!html.contains("id=\"changes\""))
        #expect(!html.contains("#changes"))
        #expect(!html.contains("<td class=\"id\">S11</td>"))
    }

    @Test func aReplanShowsItsOwnS11WithoutAMismatch() throws {
        let html = try Self.render(Self.replan(), .en)
        #expect(html.contains("<td class=\"id\">S11</td>"))
        // 900 at the default weight 100: 9 entries.
        #expect(
            html.contains(
                "<td class=\"num\">9</td>\n<td class=\"num\">100</td>\n<td class=\"num\"><strong>900</strong>"))
        #expect(!html.contains("S11: the plan says"))
        // The total adds the plan's S11 to what the check recomputes, in the score section and
        // on the summary card alike.
        let scenario = try Self.scenario()
        let checked = PlanChecker(scenario: scenario, calendar: PlanningCalendar(scenario: scenario))
            .check(Self.replan()).total
        let strings = try StringTable(directory: #require(PlanTemplates.bundledDirectory("report")), language: .en)
        let total = ReportFormat(strings: strings).number(checked + 900)
        #expect(html.contains("Total score: <strong>\(total)</strong>"))
        #expect(html.contains("<span class=\"figure\">\(total)</span>"))
        #expect(html.contains("S11 is the plan&#39;s own figure"))
    }

    @Test func aReplanWithoutChangesSaysSo() throws {
        var plan = Self.replan()
        plan.changes = []
        let section = try Self.section(try Self.render(plan, .da))
        #expect(section.contains("Ingen kalenderaftaler ændres."))
        #expect(!section.contains("<table"))
    }
}
