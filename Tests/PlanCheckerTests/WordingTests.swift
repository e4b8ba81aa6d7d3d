import PlanChecker
import PlanTemplates
import PlanningModel
import Testing

/// Violation messages and contribution labels come from the string tables: Danish from the
/// Danish table, English from the English one, with the same rules, entities and amounts.
@Suite struct WordingTests {
    /// Words of English messages that no Danish message has, and the other way round.
    private static let englishOnly = [" is ", " has ", " the ", "cohort", "between", "exceed", "history", "pinned"]
    private static let danishOnly = [" er ", " har ", "hold ", "ikke", " på ", "dage", "grundplan", "fastlåst"]

    @Test(arguments: HardRule.allCases)
    func everyRuleSpeaksDanishAndEnglish(rule: HardRule) throws {
        var fixture = try Tiny1Fixture()
        HardRuleTests.breakRule(rule, in: &fixture)
        let danish = fixture.check(strings: try StringTable.bundled(.da)).violations
        let english = fixture.check(strings: try StringTable.bundled(.en)).violations
        #expect(!danish.isEmpty)
        #expect(danish.map(\.rule) == english.map(\.rule))
        #expect(danish.map(\.entities) == english.map(\.entities))
        for (da, en) in zip(danish.map(\.message), english.map(\.message)) {
            #expect(!da.contains("checker.") && !da.contains("{") && !da.contains("}"), "\(da)")
            #expect(!en.contains("checker.") && !en.contains("{") && !en.contains("}"), "\(en)")
            #expect(Self.danishOnly.contains { da.contains($0) }, "not Danish: \(da)")
            #expect(!Self.englishOnly.contains { da.contains($0) }, "English in Danish: \(da)")
            #expect(Self.englishOnly.contains { en.contains($0) }, "not English: \(en)")
            #expect(!Self.danishOnly.contains { en.contains($0) }, "Danish in English: \(en)")
        }
    }

    @Test func aDanishMessageNamesTheWeekdayAndHolidayInDanish() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.horizon = DateRange(from: day("2026-09-07"), to: day("2026-12-31"))
        fixture.plan.supervisionGroups[fixture.group("g-nord")].sessions = [day("2026-09-26"), day("2026-12-25")]
        let danish = fixture.check(strings: try StringTable.bundled(.da)).violations(of: .h1).map(\.message)
        #expect(
            danish == [
                "supervisionsgruppe g-nord: session 2026-09-26 er en lørdag og ikke en arbejdsdag",
                "supervisionsgruppe g-nord: session 2026-12-25 er en helligdag (Juledag)",
            ])
        let english = fixture.check().violations(of: .h1).map(\.message)
        #expect(
            english == [
                "supervision group g-nord: session 2026-09-26 is a Saturday, not a workday",
                "supervision group g-nord: session 2026-12-25 is a public holiday (Christmas Day)",
            ])
    }

    @Test func contributionLabelsAreWordedLikeTheMessages() throws {
        var fixture = try Tiny1Fixture()
        fixture.scenario.municipalities[0].therapists[0].unavailable =
            [DateRange(from: day("2026-09-22"), to: day("2026-09-22"))]
        let danish = fixture.check(strings: try StringTable.bundled(.da))
        let english = fixture.check()
        #expect(
            danish.score(.s10).contributions.map(\.label) == [
                "norddjurs-01 misser supervisionsgruppe g-nord session 2026-09-22 formiddag"
            ])
        #expect(
            english.score(.s10).contributions.map(\.label) == [
                "norddjurs-01 misses supervision group g-nord session 2026-09-22 am"
            ])
        #expect(danish.total == english.total)
        #expect(danish.score(.s2).contributions.map(\.amount) == english.score(.s2).contributions.map(\.amount))
    }
}
