import Foundation
import PlanChecker
import PlanTemplates
import PlanningModel
import Testing

@Suite struct ValidPlanTests {
    /// An independent haversine (not `Distance`): great circle on a 6371 km sphere × 1.3,
    /// rounded half away from zero.
    private func roadKm(_ a: (Double, Double), _ b: (Double, Double)) -> Int {
        let rad = Double.pi / 180
        let dLat = (b.0 - a.0) * rad
        let dLon = (b.1 - a.1) * rad
        let h = pow(sin(dLat / 2), 2) + cos(a.0 * rad) * cos(b.0 * rad) * pow(sin(dLon / 2), 2)
        return Int((2 * 6371.0 * asin(sqrt(h)) * 1.3).rounded(.toNearestOrAwayFromZero))
    }

    @Test func handComputedDistancesAgreeWithTheSpecFormula() {
        let skejby = (56.192, 10.171)
        let goedstrup = (56.1, 8.92)
        let norddjurs = (56.416, 10.879)
        let randers = (56.461, 10.038)
        #expect(roadKm(norddjurs, skejby) == Tiny1Fixture.kmNorddjursSkejby)
        #expect(roadKm(randers, skejby) == Tiny1Fixture.kmRandersSkejby)
        #expect(roadKm(goedstrup, skejby) == Tiny1Fixture.kmGoedstrupSkejby)
        #expect(roadKm(norddjurs, goedstrup) == Tiny1Fixture.kmNorddjursGoedstrup)
    }

    @Test func aHandMadePlanPassesWithTheHandComputedTotal() throws {
        let report = try Tiny1Fixture().check()
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.hardViolationCount == 0)
        #expect(report.score(.s1).raw == 0)
        #expect(report.score(.s2).raw == 4176)
        #expect(report.score(.s2).raw == Tiny1Fixture.validTravel)
        #expect(report.score(.s3).raw == 68)
        #expect(report.score(.s3).weighted == 136)
        #expect(report.score(.s4).raw == 0)
        #expect(report.score(.s5).raw == 0)
        #expect(report.score(.s6).raw == 4)
        #expect(report.score(.s6).weighted == 200)
        for term in [ObjectiveTerm.s7, .s8, .s9, .s10] {
            #expect(report.score(term).raw == 0, "\(term)")
        }
        #expect(report.total == 4512)
        #expect(report.scoreMismatches.isEmpty, "\(report.scoreMismatches)")
    }

    @Test func everyTermIsReportedOnceInOrderWithItsWeight() throws {
        let report = try Tiny1Fixture().check()
        #expect(report.terms.map(\.code) == (1...11).map { "S\($0)" })
        #expect(report.terms.map(\.weight) == [10000, 1, 2, 300, 1000, 50, 100, 5, 100, 150, 100])
        #expect(report.total == report.terms.map(\.weighted).reduce(0, +))
    }

    @Test func travelContributionsAreSingleJourneysLongestFirst() throws {
        let travel = try Tiny1Fixture().check().score(.s2)
        let amounts = travel.contributions.map(\.amount)
        #expect(amounts == amounts.sorted(by: >))
        #expect(amounts.first == 2 * Tiny1Fixture.kmGoedstrupSkejby)
        #expect(amounts.reduce(0, +) == travel.raw)
        // 4 training days + 4 sessions, 4 therapists each, plus p2's 4 trips (p1, p3 live at Skejby).
        #expect(travel.contributions.count == 8 * 4 + 4)
    }

    @Test func aDifferentScoreInThePlanIsAFindingNotAViolation() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.score.terms["S2"] = 4000
        fixture.plan.score.total = 4336
        let report = fixture.check()
        #expect(report.violations.isEmpty)
        #expect(report.scoreMismatches.map(\.key) == ["S2", "total"])
        #expect(report.scoreMismatches.first?.recomputed == 4176)
        #expect(report.table().contains("S2: plan says 4000, recomputed 4176"))
    }

    @Test func theTableListsEveryCodeAndTheTotal() throws {
        let table = try Tiny1Fixture().check().table()
        for code in HardRule.allCases.map(\.code) + ObjectiveTerm.allCases.map(\.code) {
            #expect(table.contains("\n\(code) "), "\(code) missing")
        }
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.contains("H7     No clash                        OK"))
        #expect(lines.contains("S2     Travel                        4176         1        4176"))
        #expect(lines.contains("       total                                               4512"))
        #expect(lines.contains("The plan's own score agrees with this recomputation."))
    }

    @Test func theTableIsDanishFromTheDanishStringTable() throws {
        var fixture = try Tiny1Fixture()
        fixture.plan.score.terms["S2"] = 4000
        let table = fixture.check().table(strings: try StringTable.bundled(.da))
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first == "Hårde regler")
        #expect(lines.contains("H7     Ingen overlap                   OK"))
        #expect(lines.contains("S2     Rejse                         4176         1        4176"))
        #expect(lines.contains("       i alt                                               4512"))
        #expect(lines.contains("  S2: planen siger 4000, genberegnet 4176"))
        #expect(!table.contains("check.") && !table.contains("rule.") && !table.contains("{"))
    }
}
